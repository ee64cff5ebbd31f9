namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>The residents the transcript tests talk as.</summary>
public static class Personas
{
    private static PersonaStep S(string say, string? expect = null) => new(say, expect);

    private static readonly string[] SupportJobs = ["porter", "domestic", "catering", "housekeeper", "laundry", "stores", "security", "caretaker", "estates", "host", "sterile"];
    private static readonly string[] CareJobs = ["care", "support worker"];

    public static IReadOnlyList<Persona> All { get; } =
    [
        new("No qualifications", "webchat",
            [S("hi"), S("Behind the scenes", "porter, cleaning"), S("None", "no qualifications"), S("Full-time"), S("Days"), S("Now"),
             S("Birmingham", "near Birmingham"), S("Up to 10 miles", "I found")])
            { ExpectTitles = SupportJobs, RejectTitles = ["Registered nurse", "Paramedic", "Physiotherapist"] },

        new("Overseas nurse", "emulator",
            [S("nurse"), S("From another country", "UK ENIC"), S("yes"), S("Full-time"), S("Any time"), S("Now"), S("Coventry"), S("Up to 10 miles", "I found")])
            { ExpectTitles = ["nurs", "healthcare support"] },

        new("Young person wanting part-time", "webchat",
            [S("something with computers"), S("English and maths"), S("yes"), S("Part-time"), S("Weekends"), S("Now"), S("Wolverhampton"), S("Up to 5 miles")])
            { ExpectTitles = ["IT ", "data", "digital"] },

        new("Carer wanting nights", "directline",
            [S("Caring for people"), S("None"), S("30"), S("Nights"), S("Now"), S("Walsall"), S("Up to 10 miles")])
            { ExpectTitles = CareJobs },

        new("Only types numbers", "sms",
            [S("Hi", "What kind of work"), S("1", "qualifications"), S("1", "hours"), S("2", "When can you work"), S("2", "When can you start"), S("1", "Where do you live"), S("1", "I found")])
            { ExpectTitles = CareJobs, Joins = false },

        new("Many typos", "webchat",
            [S("hospitle poter"), S("Nothing"), S("part time"), S("nites"), S("now"), S("Birmingham"), S("5")])
            { ExpectTitles = ["porter"] },

        new("Changes their mind", "webchat",
            [S("Office work"), S("English and maths"), S("yes"), S("Full-time"), S("Days"), S("Now"), S("skip", "I found"),
             S("Change an answer", "Which answer"), S("Kind of work", "What kind of work"), S("More choices"), S("Computers and IT", "I found")])
            { ExpectTitles = ["IT ", "data"] },

        new("Says help in the middle", "emulator",
            [S("Caring for people"), S("help", "I help you find jobs"), S("None", "hours"), S("help", "What qualifications do you have?|How many hours"), S("Part-time"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = CareJobs, ExpectSomewhere = ["what is NVQ"] },

        new("SMS user", "sms",
            [S("Hello", "CareerBot"), S("cleaning"), S("None"), S("16"), S("Weekends"), S("Now"), S("B15"), S("3", "I found")])
            { ExpectTitles = ["domestic", "housekeeper", "clean"], Joins = false },

        new("Teams user who likes medicines", "msteams",
            [S("More choices", "more kinds"), S("More choices"), S("Medicines", "medicines"), S("English and maths"), S("no"), S("Full-time"), S("Days"), S("In a month"), S("Solihull"), S("Any distance")])
            { ExpectTitles = ["pharmacy", "dispenser", "medicines"] },

        new("Not sure, likes a desk and people", "webchat",
            [S("I am not sure", "3 easy questions"), S("yes"), S("At a desk", "office work"), S("None"), S("Full-time"), S("Days"), S("Now"), S("Dudley"), S("Up to 5 miles")])
            { ExpectTitles = ["receptionist", "admin", "clerk", "call handler", "booking", "administrator"] },

        new("Not sure, on their feet, no people", "sms",
            [S("not sure"), S("no"), S("1", "porter, cleaning"), S("1"), S("1"), S("4"), S("1"), S("1")])
            { ExpectTitles = SupportJobs, Joins = false },

        new("Asks what NVQ means", "webchat",
            [S("Caring for people"), S("what does NVQ mean?", "National Vocational Qualification"), S("A work course", "What level"), S("Level 2"), S("Full-time"), S("Any time"), S("Now"), S("skip")])
            { ExpectTitles = CareJobs },

        new("Goes back a question", "emulator",
            [S("Helping in hospital"), S("None"), S("back", "What qualifications"), S("English and maths"), S("yes"), S("back", "What qualifications"), S("None"), S("Full-time"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = ["healthcare", "support worker", "porter", "phlebotom", "host", "theatre"] },

        new("Starts again", "webchat",
            [S("Computers and IT"), S("start again", "start again"), S("Caring for people"), S("None"), S("Part-time"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = CareJobs, RejectTitles = ["IT service desk"] },

        new("Asks to be forgotten", "webchat",
            [S("Caring for people"), S("None"), S("forget me", "removed all your answers"), S("hi", "I am CareerBot")]),

        new("Stops and comes back", "directline",
            [S("Office work"), S("stop", "We stop here"), S("hi", "I am CareerBot"), S("Office work"), S("None"), S("Part-time"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = ["receptionist", "admin", "clerk", "call handler", "booking", "administrator", "records"] },

        new("Wants to drive", "webchat",
            [S("More choices"), S("Driving or stores"), S("None"), S("Full-time"), S("Days"), S("Now"), S("West Bromwich"), S("Any distance")])
            { ExpectTitles = ["driver", "stores", "transport"] },

        new("Wants details and courses", "emulator",
            [S("Caring for people"), S("None"), S("Part-time"), S("Days"), S("Now"), S("skip"),
             S("More about a job", "Which job"), S("2", "What you need|In this job"), S("courses 1", "courses for"), S("More jobs", "more jobs")])
            { ExpectTitles = CareJobs },

        new("Types nonsense", "webchat",
            [S("xqzzv"), S("blorptastic", "Sorry"), S("wxyzzy", "all kinds"), S("None"), S("Full-time"), S("Days"), S("Now"), S("skip", "I found")])
            { ExpectSomewhere = ["For example|like cleaning"], ExpectTitles = [""] },

        new("Parent wanting school hours", "webchat",
            [S("Caring for people"), S("English and maths"), S("no"), S("Less than 16 hours"), S("Days"), S("Now"), S("Sandwell"), S("Up to 3 miles")])
            { ExpectTitles = CareJobs },

        new("Says thanks along the way", "directline",
            [S("Office work"), S("thanks", "You are welcome"), S("None"), S("Full-time"), S("thank you", "You are welcome"), S("Days"), S("Now"), S("skip"), S("bye", "Goodbye")])
            { ExpectTitles = ["receptionist", "admin", "clerk", "call handler", "booking", "administrator", "records"] },

        new("Skips the place", "directline",
            [S("Helping in hospital"), S("None"), S("Full-time"), S("Nights"), S("Now"), S("Skip", "I found")])
            { ExpectTitles = ["healthcare", "support worker", "porter", "host", "theatre"] },

        new("Describes the work in own words", "webchat",
            [S("I like helping old people"), S("None"), S("Part-time"), S("Days"), S("Now"), S("Dudley"), S("Up to 10 miles")])
            { ExpectTitles = CareJobs },

        new("Wants to work in a chemist", "sms",
            [S("Hi"), S("work in a chemist"), S("None"), S("Part-time"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = ["pharmacy", "dispenser", "medicines"], Joins = false },

        new("Has a level 3 work course", "emulator",
            [S("Helping in hospital"), S("A work course"), S("Level 3 or higher"), S("Full-time"), S("Any time"), S("Now"), S("skip")])
            { ExpectTitles = ["healthcare", "support worker", "associate", "practitioner", "phlebotom"] },

        new("Changes their hours after results", "msteams",
            [S("Caring for people"), S("None"), S("Full-time"), S("Days"), S("Now"), S("skip", "I found"),
             S("change my hours", "How many hours"), S("Less than 16 hours"), S("Weekends", "I found")])
            { ExpectTitles = CareJobs },

        new("Family carer who wants paid work", "emulator",
            [S("carer", "Did you mean: a paid job caring for people?"), S("yes", "caring for people"), S("None"), S("Less than 16 hours"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = CareJobs },

        new("Says no to a guess", "webchat",
            [S("carer", "Did you mean"), S("no", "What kind of work do you like?"), S("Office work"), S("None"), S("Full-time"), S("Days"), S("Now"), S("skip")])
            { ExpectTitles = ["receptionist", "admin", "clerk", "call handler", "booking", "administrator", "records"] },

        new("Comes back three days later", "webchat",
            [S("Caring for people"), S("None"), S("Part-time", "When can you work?"), S("Weekends"), S("Now"), S("Dudley"), S("Up to 10 miles", "I found")])
            { ExpectTitles = CareJobs, ComesBackBefore = 3 },

        new("Says everything at once", "webchat",
            [S("I want cleaning job part time near Dudley", "look for \"cleaning\" jobs"), S("None", "part-time"), S("evenings and weekends", "When can you start"),
             S("i can start now, i take bus", "near Dudley")])
            { ExpectTitles = ["domestic", "housekeeper", "clean"], RejectTitles = ["caretaker"] },

        new("Answers another question", "directline",
            [S("Caring for people"), S("None"), S("I have NVQ level 2 care and I can drive", "Level 2"), S("evenings and weekends", "How many hours"),
             S("Part-time", "When can you start"), S("i live in walsall, i take bus", "near Walsall"), S("now", "I found")])
            { ExpectTitles = CareJobs },

        new("Changes the place after results", "sms",
            [S("Behind the scenes"), S("None"), S("Full-time"), S("Days"), S("Now"), S("Dudley"), S("2", "I found"),
             S("change my place", "Where do you live"), S("Coventry"), S("4", "I found")])
            { ExpectTitles = SupportJobs, Joins = false },

        new("Asks about jobs in own words", "sms",
            [S("Hi"), S("Helping in hospital"), S("None"), S("Full-time"), S("Days"), S("Now"), S("Dudley"), S("2", "I found"),
             S("wat about porter job?", "Hospital porter"), S("how much it pay", "Band 2"), S("which course i need", "courses for Hospital porter"),
             S("any jobs in kitchen?", "kitchen"), S("no 2", "In this job"), S("blah", "name of a job")])
            { ExpectTitles = ["catering", "host", "cook", "kitchen"], Joins = false },

        new("Teams user asks about a job", "msteams",
            [S("Caring for people"), S("None"), S("Part-time"), S("Days"), S("Now"), S("skip", "I found"),
             S("how much does it pay", "Which job do you mean?"), S("2", "Pay:"), S("tell me about the cleaner job", "Domestic assistant"),
             S("what hours", "Hours:"), S("how do i apply", "How to apply"), S("I want driving instead", "driving"), S("the second one", "In this job")])
            { ExpectTitles = ["driver", "transport", "stores"] },

        new("Worried about a record and benefits", "sms",
            [S("I have a criminal record. Can I still work?", "does not always stop you"), S("Caring for people"), S("None"),
             S("20 hours but I am on universal credit", "work coach"), S("Days", "When can you start"), S("Now"), S("Walsall"),
             S("is the course free?", "free for adults"), S("Up to 10 miles", "I found")])
            { ExpectTitles = CareJobs, Joins = false },
    ];
}
