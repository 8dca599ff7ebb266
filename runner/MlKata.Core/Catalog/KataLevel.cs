namespace MlKata.Core.Catalog;

/// <summary>How hard a kata is, as an interviewer would rate the question.</summary>
public enum KataLevel
{
    Easy,
    Medium,
    Hard,
}
