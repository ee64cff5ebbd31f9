using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// <see cref="ICatalogueSearch"/> over the SQLite FTS5 index: analyses the profile, runs one weighted
/// bm25 query, then ranks by fit (qualification, hours, travel) and explains each result.
/// </summary>
public sealed class CatalogueSearch(CatalogueIndexHolder holder, ILogger<CatalogueSearch>? logger = null) : ICatalogueSearch
{
    /// <summary>Most results one call returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>Candidates read from FTS5 before re-ranking.</summary>
    private const int CandidateLimit = IndexConnection.CandidateLimit;

    /// <summary>On a big catalogue, at least this many title matches are enough to rank without reading the body text.</summary>
    private const int MinCandidates = 10;

    private readonly ILogger _logger = logger ?? NullLogger<CatalogueSearch>.Instance;

    public async Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var index = holder.Enter();
        if (index is null) return SearchResults.Empty;
        IndexConnection connection;
        try
        {
            connection = await index.RentAsync(cancellationToken);
        }
        catch
        {
            index.Exit();
            throw;
        }
        try
        {
            return await SearchCoreAsync(index, connection, profile, cancellationToken);
        }
        catch (SqliteException ex)
        {
            // Terms are quoted, so this should not happen; a bad query must still not break the turn.
            _logger.LogWarning(ex, "Catalogue search failed with SQLite error {Code}", ex.SqliteErrorCode);
            connection.ForgetCommands();
            return SearchResults.Empty;
        }
        finally
        {
            index.Return(connection);
            index.Exit();
        }
    }

    public async Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return await WithIndexAsync(async (index, connection) =>
        {
            var rows = await index.RowIdsAsync(connection, IndexSchema.RoleKind, [id], cancellationToken);
            if (!rows.TryGetValue(id, out var row)) return null;
            var docs = await index.GetDocsAsync(connection, [row], cancellationToken);
            return docs.TryGetValue(row, out var doc) ? Cards.Role(doc.Role!) : null;
        }, cancellationToken);
    }

    public async Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return await WithIndexAsync(async (index, connection) =>
        {
            var rows = await index.RowIdsAsync(connection, IndexSchema.CourseKind, [id], cancellationToken);
            if (!rows.TryGetValue(id, out var row)) return null;
            var docs = await index.GetDocsAsync(connection, [row], cancellationToken);
            return docs.TryGetValue(row, out var doc) ? Cards.Course(doc.Course!, index) : null;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(roleId)) return [];
        return await WithIndexAsync(async (index, connection) =>
        {
            var courses = await Pathways.CoursesLeadingToAsync(index, connection, roleId, cancellationToken);
            var role = await GetRoleDocAsync(index, connection, roleId, cancellationToken);
            var level = role?.Role?.MinQualificationLevel ?? 0;
            return (IReadOnlyList<CourseCard>)Pathways.Order(courses, level, int.MaxValue)
                .Select(c => Cards.Course(c, index)).ToList();
        }, cancellationToken) ?? [];
    }

    public async Task<CourseCard?> EnglishCourseAsync(SearchProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.LearningEnglish) return null;
        return await WithIndexAsync(async (index, connection) =>
        {
            // Chosen as for a search's results, so the course is the one their job cards name.
            var fit = FitRules.From(profile, QueryAnalyzer.Analyse(profile.Text, profile.InterestWords, index), index);
            var course = await EnglishCourses.ChooseAsync(index, connection, profile, fit, cancellationToken);
            return course is null ? null : Cards.Course(course, index);
        }, cancellationToken);
    }

    private static async Task<IndexedDoc?> GetRoleDocAsync(CatalogueIndex index, IndexConnection connection, string id, CancellationToken cancellationToken)
    {
        var rows = await index.RowIdsAsync(connection, IndexSchema.RoleKind, [id], cancellationToken);
        if (!rows.TryGetValue(id, out var row)) return null;
        var docs = await index.GetDocsAsync(connection, [row], cancellationToken);
        return docs.GetValueOrDefault(row);
    }

    private async Task<T?> WithIndexAsync<T>(Func<CatalogueIndex, IndexConnection, Task<T?>> action, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var index = holder.Enter();
        if (index is null) return default;
        IndexConnection connection;
        try
        {
            connection = await index.RentAsync(cancellationToken);
        }
        catch
        {
            index.Exit();
            throw;
        }
        try
        {
            return await action(index, connection);
        }
        catch (SqliteException ex)
        {
            _logger.LogWarning(ex, "Catalogue lookup failed with SQLite error {Code}", ex.SqliteErrorCode);
            connection.ForgetCommands();
            return default;
        }
        finally
        {
            index.Return(connection);
            index.Exit();
        }
    }

    private static async Task<SearchResults> SearchCoreAsync(
        CatalogueIndex index, IndexConnection connection, SearchProfile profile, CancellationToken cancellationToken)
    {
        if (profile.Wishes.Count >= 2 && !LearningWishes.AsksToLearn(profile.Text))
            return await SearchWishesAsync(index, connection, profile, cancellationToken);
        var ranking = await RankAsync(index, connection, profile, cancellationToken);
        if (ranking.Unmatched is { } unmatched) return unmatched;
        var entries = new List<(Ranking From, Candidate Candidate, double Score, bool CanStart)>(ranking.Ranked.Count);
        foreach (var (candidate, score, canStart) in ranking.Ranked) entries.Add((ranking, candidate, score, canStart));
        return await PageAsync(index, connection, profile, entries, ranking.Fit,
            ranking.Plan.Unmatched, ranking.Plan.Corrections, ranking.Plan.WorkWords, cancellationToken);
    }

    /// <summary>
    /// Two or three kinds of work asked for apart ("care work and driving", "porter, driver or warehouse"): each is
    /// searched on its own, and the results take turns, the first wish said first, so each shows near the top and
    /// says why it fits by its own words. A result two wishes find is shown once, where it first comes. A wish that
    /// finds nothing gives no turns.
    /// </summary>
    private static async Task<SearchResults> SearchWishesAsync(
        CatalogueIndex index, IndexConnection connection, SearchProfile profile, CancellationToken cancellationToken)
    {
        var rankings = new List<Ranking>(profile.Wishes.Count);
        var unmatched = new List<string>();
        var corrections = new List<SpellingFix>();
        var workWords = new List<string>();
        foreach (var wish in profile.Wishes)
        {
            var ranking = await RankAsync(index, connection, profile with { Text = wish, Wishes = [], InterestWords = [], Families = [] }, cancellationToken);
            var plan = ranking.Plan;
            foreach (var w in plan.Unmatched) if (!unmatched.Contains(w, StringComparer.Ordinal)) unmatched.Add(w);
            foreach (var f in plan.Corrections) if (!corrections.Contains(f)) corrections.Add(f);
            foreach (var w in plan.WorkWords) if (!workWords.Contains(w, StringComparer.Ordinal)) workWords.Add(w);
            if (ranking.Unmatched is null && ranking.Ranked.Count > 0) rankings.Add(ranking);
        }
        if (rankings.Count == 0)
            return new SearchResults { UnmatchedWords = unmatched, Corrections = corrections, WorkWords = workWords, JobNameWords = JobNameWords(index, profile.Text, corrections) };
        var entries = new List<(Ranking From, Candidate Candidate, double Score, bool CanStart)>();
        var seen = new HashSet<long>();
        var next = new int[rankings.Count];
        for (var more = true; more;)
        {
            more = false;
            for (var w = 0; w < rankings.Count; w++)
            {
                var ranked = rankings[w].Ranked;
                while (next[w] < ranked.Count && !seen.Add(ranked[next[w]].Candidate.Doc.RowId)) next[w]++;
                if (next[w] >= ranked.Count) continue;
                var (candidate, score, canStart) = ranked[next[w]++];
                entries.Add((rankings[w], candidate, score, canStart));
                more = true;
            }
        }
        return await PageAsync(index, connection, profile, entries, rankings[0].Fit, unmatched, corrections, workWords, cancellationToken);
    }

    /// <summary>What one search made of the words: the plan, the fit, the text scores and the ranked results; or, when words were typed but none is in the catalogue, the answer that says so.</summary>
    private sealed class Ranking
    {
        public required QueryPlan Plan { get; init; }
        public required FitRules Fit { get; init; }
        public required Dictionary<long, double> Scores { get; init; }
        public required double MaxText { get; init; }
        public required IReadOnlyDictionary<long, IndexedDoc> Docs { get; init; }
        public required List<(Candidate Candidate, double Score, bool CanStart)> Ranked { get; init; }
        public SearchResults? Unmatched { get; init; }

        public double TextScore(IndexedDoc doc) => Scores.TryGetValue(doc.RowId, out var s) ? s / MaxText : 0;
    }

    private static async Task<Ranking> RankAsync(
        CatalogueIndex index, IndexConnection connection, SearchProfile profile, CancellationToken cancellationToken)
    {
        var plan = QueryAnalyzer.Analyse(profile.Text, profile.InterestWords, index);
        await FindWorkWordsAsync(index, connection, plan, cancellationToken);
        var fit = FitRules.From(profile, plan, index);
        fit.EnglishCourse = await EnglishCourses.ChooseAsync(index, connection, profile, fit, cancellationToken);
        var scores = new Dictionary<long, double>();

        if (plan.HasTerms && plan.Terms.Count > 0)
        {
            var terms = index.IsLarge ? PruneCommonTerms(plan.Terms, index) : plan.Terms;
            // A big catalogue looks in a small table of titles and other names first, and adds summary and
            // tasks only when that finds too little; it skips the extra column. Reading the long document
            // lists of common words is the slow part, so the small table answers most queries.
            var enough = Math.Max(MinCandidates, 2 * (Math.Clamp(profile.Limit, 1, MaxLimit) + Math.Max(0, profile.Offset)));
            (string Table, string? Columns)[] steps = index.IsLarge
                ? [("titles_fts", null), ("docs_fts", "title other_names summary tasks")]
                : [("docs_fts", null)];
            foreach (var (table, columns) in steps)
            {
                scores.Clear();
                await ReadMatchesAsync(connection, table, FtsExpression.From(terms, index.Vocabulary.Contains, columns), scores, cancellationToken);
                if (scores.Count >= enough) break;
            }
        }
        else if (!plan.HasTerms && plan.ContentWords > 0)
        {
            // Words were typed but none is in the catalogue: say so rather than guess.
            return new Ranking
            {
                Plan = plan, Fit = fit, Scores = scores, MaxText = 1, Docs = new Dictionary<long, IndexedDoc>(), Ranked = [],
                Unmatched = new SearchResults
                {
                    UnmatchedWords = plan.Unmatched, Corrections = plan.Corrections, WorkWords = plan.WorkWords,
                    JobNameWords = JobNameWords(index, profile.Text, plan.Corrections),
                },
            };
        }

        var synonymRoles = plan.Synonyms.SelectMany(s => s.Record.Roles).Distinct(StringComparer.Ordinal).ToList();
        var synonymRows = await index.RowIdsAsync(connection, IndexSchema.RoleKind, synonymRoles, cancellationToken);

        var candidates = new HashSet<long>(scores.Keys);
        candidates.UnionWith(synonymRows.Values);
        if (plan.Families.Count > 0)
            candidates.UnionWith(await FamilyCandidatesAsync(connection, plan.Families.Select(f => f.Family).Take(IndexConnection.MaxFamilies).ToList(), cancellationToken));
        if (!plan.HasTerms)
            candidates.UnionWith(await BroadCandidatesAsync(connection, profile, cancellationToken));

        if (plan.LearningIntent && synonymRoles.Count > 0)
            candidates.UnionWith(await CoursesLeadingToAsync(connection, synonymRoles.Take(MaxLeadRoles), cancellationToken));

        var docs = await index.GetDocsAsync(connection, candidates, cancellationToken);
        var maxText = scores.Count == 0 ? 1 : Math.Max(scores.Values.Max(), 1e-9);
        double TextScore(IndexedDoc doc) => scores.TryGetValue(doc.RowId, out var s) ? s / maxText : 0;
        if (plan.CourseIntent) docs = await NextStepsAsync(index, connection, docs, profile, plan, fit, scores, cancellationToken);

        // Scores only: the reasons are worked out below for the few results shown.
        var relevant = new Dictionary<long, Candidate>(docs.Count);
        foreach (var doc in docs.Values)
        {
            if (Ranker.Relevance(doc, TextScore(doc), plan, fit, why: null) is { } score)
                relevant[doc.RowId] = new Candidate(doc, score, ByWords: true, StepToward: null);
        }
        if (plan.HasTerms) AddSteppingStones(index, relevant, fit);
        if (plan.JobToo) await AddJobsTheCoursesLeadToAsync(index, connection, relevant, cancellationToken);

        var ranked = new List<(Candidate Candidate, double Score, bool CanStart)>(relevant.Count);
        foreach (var candidate in relevant.Values)
        {
            if (Ranker.ApplyFit(candidate.Doc, candidate.Score, why: null, plan, fit, index) is { } fitted)
                ranked.Add((candidate, fitted.Score, fitted.CanStart));
        }
        AfterRolesTheWordsAreAbout(ranked, plan, fit, typed: !string.IsNullOrWhiteSpace(profile.Text));
        NamedWholeFirst(ranked, plan, profile.Text);
        FewNamedFirst(ranked, plan, index);

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Candidate.Doc.Id, b.Candidate.Doc.Id));
        if (plan.JobToo) Alternate(ranked);
        return new Ranking { Plan = plan, Fit = fit, Scores = scores, MaxText = maxText, Docs = docs, Ranked = ranked };
    }

    /// <summary>The page asked for of the ranked results, each with its reasons (by the search that found it) and pathway course.</summary>
    private static async Task<SearchResults> PageAsync(CatalogueIndex index, IndexConnection connection, SearchProfile profile,
        List<(Ranking From, Candidate Candidate, double Score, bool CanStart)> ranked, FitRules fit,
        IReadOnlyList<string> unmatched, IReadOnlyList<SpellingFix> corrections, IReadOnlyList<string> workWords, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(profile.Limit, 1, MaxLimit);
        var offset = Math.Max(0, profile.Offset);
        var page = new List<Suggestion>();
        var pageFrom = new List<Ranking>();
        for (var i = offset; i < ranked.Count && page.Count < limit; i++)
        {
            // The reasons in the order they always had: the words, then a first step toward a goal, then fit.
            var (from, candidate, score, canStart) = ranked[i];
            var why = new List<MatchReason>();
            if (candidate.ByWords) Ranker.Relevance(candidate.Doc, from.TextScore(candidate.Doc), from.Plan, from.Fit, why);
            foreach (var goal in candidate.StepToward ?? [])
                why.Add(new MatchReason(MatchKind.Qualification, goal, "progression", $"A first step toward {goal}."));
            Ranker.ApplyFit(candidate.Doc, candidate.Score, why, from.Plan, from.Fit, index);
            page.Add(Ranker.Suggest(candidate.Doc, score, canStart, why, index));
            pageFrom.Add(from);
        }
        for (var i = 0; i < page.Count; i++)
        {
            // Only the results shown need their pathway course.
            // A role held back only by a driving licence has no course to do first.
            if (page[i] is { CanStartNow: false, Kind: ResultKind.Role, Role: { } card } && card.MinQualificationLevel > pageFrom[i].Fit.Level
                && pageFrom[i].Docs.Values.FirstOrDefault(d => d.Id == card.Id && d.IsRole) is { } doc)
            {
                var course = await Pathways.BestForAsync(index, connection, doc.Role!, pageFrom[i].Fit.Level, cancellationToken, pageFrom[i].Fit.Age);
                if (course is not null) page[i] = page[i] with { Pathway = Cards.Course(course, index) };
            }
        }
        if (fit.EnglishCourse is { } english)
        {
            // Every job shown comes with the English course: it is the resident's next step whatever the job.
            var card = Cards.Course(english, index);
            for (var i = 0; i < page.Count; i++)
                if (page[i].Kind == ResultKind.Role) page[i] = page[i] with { EnglishCourse = card };
        }
        var courses = 0;
        foreach (var r in ranked)
            if (!r.Candidate.Doc.IsRole) courses++;
        return new SearchResults
        {
            Items = page,
            Total = ranked.Count,
            Courses = courses,
            UnmatchedWords = unmatched,
            Corrections = corrections,
            WorkWords = workWords,
            JobNameWords = JobNameWords(index, profile.Text, corrections),
        };
    }

    /// <summary>
    /// The typed words that end a job's name (see <see cref="SearchResults.JobNameWords"/>), in the order typed; a word
    /// spelt right by the search counts by its fix. Null when the catalogue does not hold every job's names.
    /// </summary>
    private static List<string>? JobNameWords(CatalogueIndex index, string? text, IReadOnlyList<SpellingFix> fixes)
    {
        if (index.EndsJobName("") is null) return null;
        var found = new List<string>();
        foreach (var word in TextWords.Of(text, 2000))
        {
            if (found.Contains(word, StringComparer.Ordinal)) continue;
            var fix = fixes.FirstOrDefault(f => string.Equals(f.Typed, word, StringComparison.OrdinalIgnoreCase));
            if (index.EndsJobName(word) == true || (fix is not null && TextWords.Of(fix.Used) is { Length: > 0 } used && index.EndsJobName(used[^1]) == true))
                found.Add(word);
        }
        return found;
    }

    /// <summary>
    /// Fit (hours, travel, level, English) reorders the roles the words are about; it must not lift a role the words
    /// only touch (<see cref="Ranker.WordsOnlyTouch"/>: found through its tasks or a family) over any of them. Those
    /// roles all keep their order among themselves, scaled down together to just below the lowest role the words
    /// are about. Courses are left as they are. A first step toward a goal counts as a role the words are about, and
    /// so, when the resident typed nothing, does every role of the kind of work they picked with a button: the
    /// button's words ("patients") only stand for that kind.
    /// </summary>
    private static void AfterRolesTheWordsAreAbout(List<(Candidate Candidate, double Score, bool CanStart)> ranked, QueryPlan plan, FitRules fit, bool typed)
    {
        if (!plan.HasTerms) return;
        double lowestAbout = double.MaxValue, highestTouched = 0;
        var touched = new bool[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            var (candidate, score, _) = ranked[i];
            if (!candidate.Doc.IsRole) continue;
            touched[i] = candidate.StepToward is null && Ranker.WordsOnlyTouch(candidate.Doc, plan)
                && (typed || !FitRules.FamilyMatchesNormal(fit.Families, candidate.Doc.NormalFamily));
            if (touched[i]) highestTouched = Math.Max(highestTouched, score);
            else lowestAbout = Math.Min(lowestAbout, score);
        }
        if (highestTouched <= 0 || lowestAbout == double.MaxValue || highestTouched < lowestAbout) return;
        var factor = 0.99 * lowestAbout / highestTouched;
        for (var i = 0; i < ranked.Count; i++)
            if (touched[i]) ranked[i] = ranked[i] with { Score = Math.Round(ranked[i].Score * factor, 4) };
    }

    /// <summary>
    /// A role one of whose names is just the work word typed ("chef": "Cook / chef"; "electrician"), or holds all the
    /// work words typed ("pharmacy technician"; "senior carer": a senior care worker's other name; "trainee pharmacy":
    /// a pharmacy apprentice) is the job the resident named: it comes first, before the jobs that
    /// share only some of the words ("pharmacy" assistants), whatever its fit; the card says what it needs. Only a name
    /// of a person at work ("technician", not "kitchen"). Several such roles keep their order. Not when the words ask
    /// to learn (courses come first), nor when every role shown would be lifted.
    /// </summary>
    private static void NamedWholeFirst(List<(Candidate Candidate, double Score, bool CanStart)> ranked, QueryPlan plan, string? text)
    {
        if (!plan.HasTerms || plan.LearningIntent || plan.WorkWords.Count == 0 || ranked.Count == 0) return;
        var typed = plan.WorkWords.SelectMany(w => TextWords.Of(w)).Select(SynonymTable.Singular).ToList();
        // A trainee is an apprentice: the catalogue names jobs you learn in that way ("Pharmacy services assistant apprentice").
        if (TextWords.Of(text, 2000).Any(w => w is "trainee" or "trainees")) typed.Add("apprentice");
        typed = typed.Distinct(StringComparer.Ordinal).ToList();
        if (typed.Count is 0 or > 4) return;
        var top = 0.0;
        var lifted = new List<int>();
        for (var i = 0; i < ranked.Count; i++)
        {
            top = Math.Max(top, ranked[i].Score);
            if (ranked[i].Candidate.Doc.Role is not { } role || (!ranked[i].CanStart && role.MinQualificationLevel >= YearsOfStudyLevel)) continue;
            // One word is the whole name ("chef"); two or more are all in it, and the person's name that ends it is one of
            // them ("apprentice pharmacy"; not "care home" in "Home care worker").
            if (NamesOf(role).Any(n => (typed.Count == 1 ? n.Length == 1 : n.Length >= typed.Count) && typed.All(n.Contains) && typed.Contains(n[^1])
                && JobNameShapes.NamesAPerson(n[^1]))) lifted.Add(i);
        }
        // One word that names several jobs ("computers": IT support, the service desk, data analysis) names a field
        // of work, not a job: the search's own order stands, courses and all.
        if (lifted.Count == 0 || lifted.Count == ranked.Count || (typed.Count == 1 && lifted.Count > 1)) return;
        foreach (var i in lifted)
            ranked[i] = ranked[i] with { Score = Math.Round(top + 0.001 + ranked[i].Score / 100, 4) };
    }

    /// <summary>
    /// A word typed with others that only one or two jobs have in a name ("senior" of "senior care
    /// assistant", "deputy" of "deputy manager care home"): it says which of them is meant, so those come first. The
    /// other words found them all ("care assistant" is a care worker too); this word picks. Not a word many jobs'
    /// names hold ("ward", "home", "hospital"), nor a job that takes years of study the resident cannot start yet.
    /// </summary>
    private static void FewNamedFirst(List<(Candidate Candidate, double Score, bool CanStart)> ranked, QueryPlan plan, CatalogueIndex index)
    {
        if (!plan.HasTerms || plan.LearningIntent || ranked.Count < 2) return;
        // The words searched for, as typed: not the hours, places and small words around them ("part time").
        var typed = plan.Terms.SelectMany(t => TextWords.Of(t.Answer)).Where(w => w.Length >= 4 && plan.TypedWords.Contains(w))
            .Select(SynonymTable.Singular).Distinct(StringComparer.Ordinal).ToList();
        if (typed.Count is < 2 or > 6) return;
        var top = ranked.Max(r => r.Score);
        var lifted = new HashSet<int>();
        foreach (var word in typed)
        {
            if (index.RolesNamedWith(word) is not (> 0 and <= MaxFewNamed)) continue;
            var named = new List<int>();
            for (var i = 0; i < ranked.Count && named.Count <= MaxFewNamed; i++)
                if (ranked[i].Candidate.Doc.Role is { } role && NamesOf(role).Any(n => n.Contains(word))) named.Add(i);
            if (named.Count is 0 or > MaxFewNamed) continue;
            foreach (var i in named)
                if (ranked[i].Candidate.ByWords && ranked[i].Candidate.Doc.Role is { } role
                    && (ranked[i].CanStart || role.MinQualificationLevel < YearsOfStudyLevel)) lifted.Add(i);
        }
        if (lifted.Count == 0 || lifted.Count == ranked.Count) return;
        foreach (var i in lifted)
            ranked[i] = ranked[i] with { Score = Math.Round(top + 0.002 + ranked[i].Score / 100, 4) };
    }

    /// <summary>The most jobs a word's names may pick out in <see cref="FewNamedFirst"/>: more, and it names a field of work.</summary>
    private const int MaxFewNamed = 2;

    /// <summary>
    /// The level from which a job takes years of study: one the resident cannot start yet is not lifted, as its first
    /// steps are what they can do now (the dialogs say what it needs first).
    /// </summary>
    private const int YearsOfStudyLevel = 4;


    /// <summary>A role's names as singular words: its title, each part of it, each other name. Worked out once per role.</summary>
    private static string[][] NamesOf(RoleRecord role) => RoleNames.GetValue(role, static r =>
        [.. JobNameShapes.Names(r.Title, r.OtherNames)
            .Select(n => TextWords.Of(n).Select(SynonymTable.Singular).Distinct(StringComparer.Ordinal).ToArray()).Where(n => n.Length > 0)]);

    /// <summary>Each role's names as words (<see cref="NamesOf"/>), kept while the role (its index) lives.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RoleRecord, string[][]> RoleNames = new();

    /// <summary>
    /// A document that may be shown: its score before fit, whether the resident's words found it (else it is only a
    /// first step toward a goal), and the goals it is a first step toward, in the order they were found.
    /// </summary>
    private readonly record struct Candidate(IndexedDoc Doc, double Score, bool ByWords, List<string>? StepToward);

    /// <summary>
    /// Which typed words name work (<see cref="SearchResults.WorkWords"/>), and which terms are plain everyday words
    /// (<see cref="QueryTerm.Plain"/>): an everyday word counts only when a job's or course's name or other names hold
    /// it ("patient", "kitchen", "home"), not when only a summary or a task does ("make", "sure", "big").
    /// </summary>
    private static async Task FindWorkWordsAsync(CatalogueIndex index, IndexConnection connection, QueryPlan plan, CancellationToken cancellationToken)
    {
        // Only the typed words: the words of a kind of work picked with a button are not the resident's.
        void Add(string typed)
        {
            if (TextWords.Of(typed).All(plan.TypedWords.Contains) && !plan.WorkWords.Contains(typed, StringComparer.Ordinal)) plan.WorkWords.Add(typed);
        }
        foreach (var hit in plan.Synonyms) Add(hit.Typed);
        foreach (var (_, typed) in plan.Families) Add(typed);
        for (var i = 0; i < plan.Terms.Count; i++)
        {
            var term = plan.Terms[i];
            if (term.Origin is not (MatchKind.Interest or MatchKind.SpellingFix) || term.Words.Length != 1 || !TextWords.Of(term.Answer).All(plan.TypedWords.Contains)) continue;
            var word = term.Words[0];
            if (word.All(char.IsDigit)) continue;
            if (QueryAnalyzer.IsCourseWord(word)
                || !(EnglishWords.IsEveryday(word) || EnglishWords.IsEveryday(term.Answer.ToLowerInvariant()))
                || await NamesHoldAsync(index, connection, word, cancellationToken))
            {
                Add(term.Answer);
                continue;
            }
            plan.Terms[i] = term with { Plain = true };
        }
    }

    /// <summary>
    /// True when a job's or a course's title or other names hold the word (as the index stems it). The answer depends
    /// on the word and the index alone, so it is asked once per word and kept with the index.
    /// </summary>
    private static async Task<bool> NamesHoldAsync(CatalogueIndex index, IndexConnection connection, string word, CancellationToken cancellationToken)
    {
        if (index.CachedNamedBy(word) is { } known) return known;
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM titles_fts WHERE titles_fts MATCH $m LIMIT 1";
        command.Parameters.AddWithValue("$m", FtsExpression.Quote(word));
        var held = await command.ExecuteScalarAsync(cancellationToken) is not null;
        index.CacheNamedBy(word, held);
        return held;
    }

    private static async Task ReadMatchesAsync(IndexConnection connection, string table, string match, Dictionary<long, double> scores, CancellationToken cancellationToken)
    {
        if (match.Length == 0) return;
        // The connection keeps this command prepared; table is one of two constants above, never user input.
        await using var reader = await connection.Matches(table, match).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            scores[reader.GetInt64(0)] = -reader.GetDouble(1); // bm25: lower is better
    }

    /// <summary>
    /// On a big catalogue, words found in more than 1 in 10 documents ("course", "level") add little but cost a
    /// lot; they are left out of the FTS query when rarer words remain.
    /// </summary>
    private static List<QueryTerm> PruneCommonTerms(List<QueryTerm> terms, CatalogueIndex index)
    {
        var limit = (index.RoleCount + index.CourseCount) / 10;
        var kept = terms.Where(t => t.Words.Any(w => index.Vocabulary.Frequency(w) <= limit)).ToList();
        return kept.Count > 0 ? kept : terms;
    }

    /// <summary>
    /// For a strong match the resident cannot start yet (say "nurse" with no qualifications), also offer the
    /// roles one or two steps below it on the career ladder, so a first job comes up next to the goal.
    /// </summary>
    private static void AddSteppingStones(CatalogueIndex index, Dictionary<long, Candidate> relevant, FitRules fit)
    {
        if (relevant.Count == 0) return;
        var top = double.MinValue;
        foreach (var v in relevant.Values) top = Math.Max(top, v.Score);

        // The two best goals (the first found wins a tie), chosen before any step is added.
        (IndexedDoc Doc, double Score)? first = null, second = null;
        foreach (var v in relevant.Values)
        {
            if (v.Doc.Role is not { } r || r.MinQualificationLevel <= fit.Level || v.Score < top * 0.6) continue;
            if (first is null || v.Score > first.Value.Score)
            {
                second = first;
                first = (v.Doc, v.Score);
            }
            else if (second is null || v.Score > second.Value.Score)
            {
                second = (v.Doc, v.Score);
            }
        }
        if (first is { } one) AddSteppingStone(index, relevant, fit, one.Doc.Role!, one.Score);
        if (second is { } two) AddSteppingStone(index, relevant, fit, two.Doc.Role!, two.Score);
    }

    /// <summary>
    /// One step per goal: in the same family if possible, one the resident can (nearly) start, that already
    /// matches their words best, fewest steps away, lowest level; the first found wins a tie.
    /// </summary>
    private static void AddSteppingStone(CatalogueIndex index, Dictionary<long, Candidate> relevant,
        FitRules fit, RoleRecord goalRole, double goalScore)
    {
        IndexedDoc? step = null;
        (int Family, int Reach, double Score, int Hops, int Level) best = default;
        var steps = index.StepsToward(goalRole.Id);
        for (var i = 0; i < steps.Count; i++)
        {
            var (candidate, hops) = steps[i];
            var role = candidate.Role!;
            if (role.MinQualificationLevel >= goalRole.MinQualificationLevel) continue;
            var key = (Family: role.Family == goalRole.Family ? 0 : 1,
                Reach: role.MinQualificationLevel <= fit.Level + 1 ? 0 : 1,
                Score: relevant.TryGetValue(candidate.RowId, out var e) ? e.Score : 0,
                Hops: hops,
                Level: role.MinQualificationLevel);
            if (step is null || IsBetterStep(key, best))
            {
                step = candidate;
                best = key;
            }
        }
        if (step is null) return;
        var score = goalScore * 0.6;
        // Not found: existing is the default, not by words and no goals yet.
        if (relevant.TryGetValue(step.RowId, out var existing) && existing.Score >= score) return;
        var goals = existing.StepToward ?? [];
        goals.Add(goalRole.Title);
        relevant[step.RowId] = new Candidate(step, score, existing.ByWords, goals);
    }

    private static bool IsBetterStep((int Family, int Reach, double Score, int Hops, int Level) a, (int Family, int Reach, double Score, int Hops, int Level) b)
    {
        if (a.Family != b.Family) return a.Family < b.Family;
        if (a.Reach != b.Reach) return a.Reach < b.Reach;
        if (a.Score != b.Score) return a.Score > b.Score; // higher score first
        if (a.Hops != b.Hops) return a.Hops < b.Hops;
        return a.Level < b.Level;
    }

    /// <summary>Most roles named by synonyms whose courses are read when courses are asked for.</summary>
    private const int MaxLeadRoles = 6;

    /// <summary>The courses that lead to any of <paramref name="roleIds"/> (the rows of the leads table).</summary>
    private static async Task<List<long>> CoursesLeadingToAsync(IndexConnection connection, IEnumerable<string> roleIds, CancellationToken cancellationToken)
    {
        var rows = new List<long>();
        foreach (var id in roleIds)
        {
            await using var reader = await connection.Leads(id).ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) rows.Add(reader.GetInt64(0));
        }
        return rows;
    }

    /// <summary>
    /// The resident's next step, when courses are asked for: the ESOL level they need (named in the profile), or the
    /// courses that a course at the level they have leads to ("i have level 1 maths": the course the words find at
    /// Level 1 leads to Level 2). Those courses are added to the candidates; the level they have is kept, so the
    /// courses behind them come down (see <see cref="Ranker"/>).
    /// </summary>
    private static async Task<IReadOnlyDictionary<long, IndexedDoc>> NextStepsAsync(CatalogueIndex index, IndexConnection connection,
        IReadOnlyDictionary<long, IndexedDoc> docs, SearchProfile profile, QueryPlan plan, FitRules fit, Dictionary<long, double> scores, CancellationToken cancellationToken)
    {
        if (profile.LearningEnglish && profile.EsolLevel is { } esol && (plan.EnglishIntent || plan.LearningIntent))
        {
            fit.NextCourses.Add(EnglishCourses.IdFor(esol));
            // ESOL levels run from pre-entry (step 0) to Level 2 on the same ladder; the ones below are behind.
            if ((int)esol > 0) fit.HeldStep = (int)esol - 1;
        }
        else if (profile.LearningEnglish && fit.EnglishCourse is { } chosen && plan.Subjects.Contains("english"))
        {
            // English is hard for them and they ask to learn it: the ESOL course chosen for them (as for their job
            // cards) is the next step, before courses of English for people whose first language it is.
            fit.NextCourses.Add(chosen.Id);
        }
        else if ((plan.NamedLevel is { Held: true } held ? held.Step : plan.NamedLevel is null ? HeldStepOf(profile, plan) : null) is { } step)
        {
            fit.HeldStep = step;
            foreach (var doc in docs.Values)
                if (doc.Course is { } course && scores.ContainsKey(doc.RowId) && doc.CourseSteps is { } steps && steps.Low == step && steps.High == step)
                    fit.NextCourses.UnionWith(course.LeadsToCourses);
        }
        if (fit.NextCourses.Count == 0) return docs;
        var rows = await index.RowIdsAsync(connection, IndexSchema.CourseKind, [.. fit.NextCourses], cancellationToken);
        var missing = rows.Values.Where(r => !docs.ContainsKey(r)).ToList();
        if (missing.Count == 0) return docs;
        var more = await index.GetDocsAsync(connection, missing, cancellationToken);
        var all = new Dictionary<long, IndexedDoc>(docs);
        foreach (var (row, doc) in more) all[row] = doc;
        return all;
    }

    /// <summary>
    /// The level the resident said they have in the one subject the words ask to learn ("english course", then "entry 2"
    /// to the level question); null when they ask for no subject, or both, or said no level in it.
    /// </summary>
    private static int? HeldStepOf(SearchProfile profile, QueryPlan plan) =>
        !plan.LearningIntent || plan.Subjects.Count != 1 ? null
        : plan.Subjects[0] == "english" ? profile.HeldEnglishStep
        : plan.Subjects[0] == "maths" ? profile.HeldMathsStep
        : null;

    /// <summary>How many of the best courses found give the jobs they lead to (see <see cref="AddJobsTheCoursesLeadToAsync"/>).</summary>
    private const int LeadingCourses = 3;

    /// <summary>What a job a course found leads to scores, as a share of that course's score.</summary>
    private const double LedToShare = 0.5;

    /// <summary>
    /// A course and a job both asked for, and the words name no work ("an english course, and a job", "esol and any
    /// job"): the jobs the best courses found lead to are the jobs, so courses and jobs still take turns.
    /// </summary>
    private static async Task AddJobsTheCoursesLeadToAsync(CatalogueIndex index, IndexConnection connection, Dictionary<long, Candidate> relevant, CancellationToken cancellationToken)
    {
        var courses = new List<Candidate>();
        foreach (var c in relevant.Values)
        {
            if (c.Doc.IsRole) return;
            if (c.Doc.Course is not null) courses.Add(c);
        }
        courses.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Doc.Id, b.Doc.Id));
        var scoreOf = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < courses.Count && i < LeadingCourses; i++)
            foreach (var role in courses[i].Doc.Course!.LeadsToRoles)
                scoreOf.TryAdd(role, courses[i].Score * LedToShare);
        if (scoreOf.Count == 0) return;
        var rows = await index.RowIdsAsync(connection, IndexSchema.RoleKind, [.. scoreOf.Keys], cancellationToken);
        var docs = await index.GetDocsAsync(connection, [.. rows.Values], cancellationToken);
        foreach (var (row, doc) in docs)
            relevant[row] = new Candidate(doc, scoreOf.TryGetValue(doc.Id, out var score) ? score : 0, ByWords: false, StepToward: null);
    }

    /// <summary>The roles of the families the words name.</summary>
    private static async Task<List<long>> FamilyCandidatesAsync(IndexConnection connection, List<string> families, CancellationToken cancellationToken)
    {
        var rows = new List<long>();
        await using var reader = await connection.Broad(families).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(reader.GetInt64(0));
        return rows;
    }

    /// <summary>
    /// A course and a job both asked for ("esol and a cleaning job"): courses and jobs take turns, each in its own
    /// order, the better first, so every page shows both while there are both.
    /// </summary>
    private static void Alternate(List<(Candidate Candidate, double Score, bool CanStart)> ranked)
    {
        var roles = new List<(Candidate Candidate, double Score, bool CanStart)>();
        var courses = new List<(Candidate Candidate, double Score, bool CanStart)>();
        foreach (var r in ranked) (r.Candidate.Doc.IsRole ? roles : courses).Add(r);
        if (roles.Count == 0 || courses.Count == 0) return;
        ranked.Clear();
        var roleTurn = roles[0].Score > courses[0].Score;
        int j = 0, c = 0;
        while (j < roles.Count || c < courses.Count)
        {
            if ((roleTurn && j < roles.Count) || c >= courses.Count) ranked.Add(roles[j++]);
            else ranked.Add(courses[c++]);
            roleTurn = !roleTurn;
        }
    }

    private static async Task<List<long>> BroadCandidatesAsync(IndexConnection connection, SearchProfile profile, CancellationToken cancellationToken)
    {
        var families = profile.Families.Where(f => !string.IsNullOrWhiteSpace(f)).Take(IndexConnection.MaxFamilies)
            .Select(f => f.Trim().ToLowerInvariant()).ToList();
        var rows = new List<long>();
        // The connection keeps one prepared command for each number of families.
        await using var reader = await connection.Broad(families).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(reader.GetInt64(0));
        return rows;
    }
}
