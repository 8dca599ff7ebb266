namespace MlKata.Core.Learners;

/// <summary>A learner's kata folder cannot be used; the message says why and what to do.</summary>
public sealed class LearnerKataException(string message) : Exception(message);
