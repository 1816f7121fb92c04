namespace ContactSync.Core.Engine;

/// <summary>A condition that held for the whole plan in a run (not one record), e.g. Google's contact limit.</summary>
/// <param name="Code">A stable code, e.g. <see cref="GoogleContactLimit"/>.</param>
/// <param name="Message">What it means and what to do.</param>
/// <param name="Waiting">Contacts waiting because of it.</param>
public sealed record PlanCondition(string Code, string Message, long Waiting)
{
    /// <summary>The Google account holds (or a dry run's creates would pass) its maximum number of contacts.</summary>
    public const string GoogleContactLimit = "GOOGLE_CONTACT_LIMIT";
}
