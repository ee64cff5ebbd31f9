namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A third set of job and course wishes, none of them in <c>ResidentWishCases</c>, <c>RelevanceCases</c> or
/// <see cref="CourseWishCases"/>: British and ESOL-learner English, misspellings, slang ("sparky", "brickie"), and
/// wishes said by what the resident likes, did before or can do ("i used to work in a shop", "i can drive"). Each
/// has the roles or courses a careers adviser would accept in the top 3, judged from roles.json and courses.json,
/// not from what the bot returned. Where no role fits ("looking after kids"), the nearest roles are accepted and
/// the bot must say it has no such jobs. All were written before the first run, and split in two by turns (first,
/// second, first...): the search was tuned on <see cref="Tune"/> only; <see cref="HeldOut"/> was run at the start and
/// at the end, its misses not read in between.
/// </summary>
public static class UnseenWishCases
{
    private static readonly string[] AnyEsol = ["esol-pre-entry", "esol-e1", "esol-e2", "esol-e3", "esol-l1", "esol-l2", "esol-health-care", "esol-employability"];
    private static readonly string[] Maths = ["fs-maths-e3", "fs-maths-l1", "fs-maths-l2", "gcse-maths"];

    private static CourseWishCases.Wish W(string text, params string[] accept) => new(text, accept);

    /// <summary>All the wishes, in the order written; <see cref="Tune"/> and <see cref="HeldOut"/> take turns from it.</summary>
    private static readonly CourseWishCases.Wish[] All =
    [
        W("i like helping old people", "care-worker", "home-care-worker", "activities-coordinator"),
        W("somethin with computers", "it-apprentice", "it-service-desk"),
        W("i used to work in a shop", "medicines-counter-assistant", "receptionist", "gp-receptionist"),
        W("i can drive", "driver", "pts-driver"),
        W("i dont want phones or customers, maybe warehouse or cleaning", "stores-assistant", "domestic-assistant", "ward-housekeeper"),
        W("work with my hands", "estates-support-worker", "caretaker", "estates-craftsperson", "porter"),
        W("i want to be a nurse one day", "healthcare-support-worker", "registered-nurse", "nursing-associate", "access-to-he-nursing", "app-nursing-associate-l5"),
        W("kitchen assistent", "catering-assistant"),
        W("night work in hospital", "porter", "healthcare-support-worker", "security-officer", "domestic-assistant"),
        W("security at the hospital", "security-officer"),
        W("looking after kids", "maternity-support-worker", "support-worker-ld", "healthcare-support-worker", "care-worker"),
        W("i wanna b a paramedic", "paramedic", "emergency-care-assistant", "pts-driver", "bsc-paramedic", "app-ambulance-support-l3"),
        W("wrk in a care home nites", "care-worker"),
        W("cleanning in hospitals", "domestic-assistant", "ward-housekeeper"),
        W("hoovering and dusting", "domestic-assistant", "ward-housekeeper"),
        W("im good at fixing stuff", "estates-support-worker", "caretaker", "estates-craftsperson"),
        W("sparky", "estates-craftsperson"),
        W("brickie or labourer", "estates-support-worker", "estates-craftsperson", "caretaker"),
        W("dinner lady at a school", "catering-assistant"),
        W("washing up", "catering-assistant"),
        W("pot washer", "catering-assistant"),
        W("barista in a cafe", "catering-assistant", "ward-host"),
        W("waitress", "ward-host", "catering-assistant"),
        W("cashier in tesco", "medicines-counter-assistant"),
        W("working on the tills", "medicines-counter-assistant"),
        W("customer servise", "receptionist", "gp-receptionist", "medicines-counter-assistant", "call-handler-111"),
        W("working in a call centre answering calls", "call-handler-111"),
        W("data entry", "admin-assistant"),
        W("office work typing emails", "admin-assistant", "medical-secretary"),
        W("receptionst at doctors surgery", "gp-receptionist"),
        W("van driving deliveries", "driver"),
        W("i got my forklift licence", "stores-assistant"),
        W("pick and pack", "stores-assistant"),
        W("lorry driver hgv", "driver"),
        W("taxi driver", "driver", "pts-driver"),
        W("bus driver", "pts-driver", "driver"),
        W("helping disabled people", "support-worker-ld", "personal-assistant-care"),
        W("support for autistic adults", "support-worker-ld"),
        W("care for people with dementia", "care-worker", "home-care-worker"),
        W("help people at home after they been in hospital", "reablement-worker", "home-care-worker"),
        W("working with babies", "maternity-support-worker", "midwife"),
        W("help pregnant women", "maternity-support-worker", "midwife"),
        W("helping in a chemist", "medicines-counter-assistant", "pharmacy-assistant"),
        W("boots counter", "medicines-counter-assistant"),
        W("doing blood tests", "phlebotomist"),
        W("needles and taking blood", "phlebotomist"),
        W("looking at samples under a microscope", "healthcare-science-assistant", "healthcare-science-practitioner"),
        W("x ray machine", "imaging-assistant", "radiographer"),
        W("gym fitness coach", "health-trainer"),
        W("help people eat healthy and exercise", "health-trainer"),
        W("sorting post and deliveries in hospital", "driver", "porter"),
        W("laundry ironing", "laundry-assistant"),
        W("cleaning surgical instruments", "sterile-services-technician"),
        W("physiotherapy helper", "therapy-assistant"),
        W("helpin people walk again", "therapy-assistant", "physiotherapist"),
        W("hr job recruitment", "recruitment-assistant"),
        W("coding medical notes", "clinical-coder"),
        W("spreadsheets and numbers", "data-analyst", "clinical-coder", "admin-assistant"),
        W("fix computers and laptops", "it-apprentice", "it-service-desk"),
        W("planning rotas for carers", "care-coordinator"),
        W("something outdoors", "caretaker", "estates-support-worker", "driver", "porter", "security-officer"),
        W("mental health nurse", "registered-nurse-mental-health", "mental-health-support-worker"),
        W("nursery nurse", "maternity-support-worker", "healthcare-support-worker", "support-worker-ld"),
        W("social work", "social-worker", "social-work-assistant", "ba-social-work", "app-social-worker-l6"),
        W("i want learn english for work", "esol-employability", "esol-e1", "esol-e2", "esol-e3", "esol-l1", "esol-pre-entry"),
        W("chef training", "l2-catering", "app-hospitality-l2", "food-safety-l2"),
        W("forklift course", "swap-logistics", "app-warehouse-l2"),
        W("nvq in care", "l2-adult-care-diploma", "l3-adult-care", "l2-hsc"),
        W("first aid trainin", "first-aid-manual-handling"),
        W("maths for adults", Maths),
        W("learn to use a computer and email", "essential-digital-skills"),
        W("get my english gcse", "gcse-english"),
        W("care certificate", "care-certificate"),
        W("i want to be a pharmacist what to study", "mpharm"),
        W("how to become a radiographer", "bsc-radiography", "access-to-he-health", "radiographer"),
        W("apprenticeship dental", "app-dental-nurse-l3"),
        W("coures for reception work", "l2-customer-service", "swap-admin", "app-customer-service-l2", "l2-business-admin"),
        W("cleaning qualification", "cleaning-cert"),
        W("learn to code", "bootcamp-digital", "l3-digital-fcfj", "app-ict-l3"),
        W("data course", "app-data-technician-l3", "l3-digital-fcfj", "bootcamp-digital"),
        W("english for care workers", ["esol-health-care", "entry3-award-hsc", .. AnyEsol]),
        W("food higene certificate", "food-safety-l2"),
        W("moving and handling training", "first-aid-manual-handling"),
        W("how do i become a social worker", "social-worker", "ba-social-work", "app-social-worker-l6"),
    ];

    /// <summary>The first, third, fifth... wish: the search may be tuned on these.</summary>
    public static IReadOnlyList<CourseWishCases.Wish> Tune { get; } = [.. All.Where((_, i) => i % 2 == 0)];

    /// <summary>The second, fourth, sixth... wish: measured, never tuned on.</summary>
    public static IReadOnlyList<CourseWishCases.Wish> HeldOut { get; } = [.. All.Where((_, i) => i % 2 == 1)];

    /// <summary>
    /// A second held-out set, written after the first run printed the misses of <see cref="HeldOut"/> (by mistake,
    /// before any change) and before any change: only its totals are ever printed.
    /// </summary>
    public static IReadOnlyList<CourseWishCases.Wish> HeldOut2 { get; } =
    [
        W("i like to help elderly ppl", "care-worker", "home-care-worker", "activities-coordinator"),
        W("anythin on a computer", "it-apprentice", "it-service-desk", "admin-assistant", "data-analyst"),
        W("i worked in retail before", "medicines-counter-assistant", "receptionist", "gp-receptionist"),
        W("i have a full driving licence and like driving", "driver", "pts-driver"),
        W("practical work, using my hands", "estates-support-worker", "caretaker", "estates-craftsperson", "porter"),
        W("one day i want be a midwife", "maternity-support-worker", "midwife", "bsc-midwifery", "access-to-he-nursing"),
        W("cheff", "cook-chef", "catering-assistant"),
        W("nights on the wards", "healthcare-support-worker", "porter", "domestic-assistant"),
        W("secuirty guard nights", "security-officer"),
        W("childminder", "maternity-support-worker", "support-worker-ld", "healthcare-support-worker", "care-worker"),
        W("plumber", "estates-craftsperson"),
        W("painter and decorator", "estates-craftsperson", "estates-support-worker"),
        W("cleaning offices", "domestic-assistant", "ward-housekeeper"),
        W("serving food to people", "ward-host", "catering-assistant"),
        W("stock room", "stores-assistant"),
        W("delivery driver", "driver"),
        W("helping people with special needs", "support-worker-ld", "personal-assistant-care"),
        W("talking to patients on the phone", "call-handler-111", "gp-receptionist", "receptionist", "booking-coordinator"),
        W("i want to work in a lab", "healthcare-science-assistant", "healthcare-science-practitioner"),
        W("booking appointments", "booking-coordinator", "receptionist", "gp-receptionist"),
        W("esol class near me", AnyEsol),
        W("course to work in a kitchen", "food-safety-l2", "l2-catering", "app-hospitality-l2"),
        W("warehouse course", "swap-logistics", "app-warehouse-l2"),
        W("i want to improve my computer skills", "essential-digital-skills"),
    ];
}
