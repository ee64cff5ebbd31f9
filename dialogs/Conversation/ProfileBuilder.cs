using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>Turns the resident's answers into a query for the index.</summary>
public static class ProfileBuilder
{
    public static SearchProfile From(CareerAnswers answers, int offset = 0, int limit = 3)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var kind = InterestKinds.Find(answers.InterestKey);
        var patterns = answers.HoursPattern | (answers.Times is { } t ? (t.Flexible ? t.Patterns & WorkPatterns.Bank : t.Patterns) : WorkPatterns.None);
        var q = answers.Qualifications;
        return new SearchProfile
        {
            Text = answers.InterestText,
            Wishes = WorkWords.Read(answers.InterestText).Wishes,
            InterestWords = kind?.Words ?? [],
            Families = kind?.Families ?? [],
            ExcludedFamilies = WorkWords.ExcludedFamilies(answers.NotKinds, answers.InterestKey),
            ExcludedWords = answers.NotWords,
            QualificationLevel = q?.Level,
            Certificates = q?.Certificates ?? [],
            DrivingLicence = q is null ? null : q.Certificates.Contains("driving-licence") ? true : q.NoDrivingLicence ? false : null,
            Age = answers.Age,
            MinPayPerYear = answers.Pay?.MinYearly,
            WantsGoodPay = answers.Pay is not null,
            MinHoursPerWeek = answers.Hours?.Min,
            MaxHoursPerWeek = answers.Hours?.Max,
            Patterns = patterns,
            Days = answers.Times is { Flexible: false } days ? days.Days : [],
            Place = answers.Place is { } p ? p.PostcodeDistrict ?? p.Name : null,
            MaxMiles = answers.Place is null ? null : answers.MaxMiles,
            CoursePlace = answers.Workplace is { Kind: Recognizers.EmployerKind.College } college ? college.Name : null,
            StartDate = answers.Start?.Date,
            LearningEnglish = answers.English is not null,
            // English said hard, and an English level held ("entry 2" to the qualifications question): the ESOL course a
            // step up, before a level said of their English ("my english is entry 2": that course).
            EsolLevel = answers.English is null ? null
                : q?.EnglishStep is { } held && held < (int)EsolLevel.Level2 ? (EsolLevel)(held + 1) : answers.English.Level,
            HeldEnglishStep = q?.EnglishStep,
            HeldMathsStep = q?.MathsStep,
            Offset = offset,
            Limit = limit,
        };
    }
}
