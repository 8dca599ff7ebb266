using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Analyzers;

/// <summary>
/// A rule's help link. Where the pages are published is the group's to say, not the analyzers':
/// a link baked into the assembly would point at a host that may not exist. So a rule has no
/// link unless the build sets the MSBuild property <c>MlKataDocsUrl</c> (the package's build
/// props make it visible to the compiler as <c>build_property.MlKataDocsUrl</c>); without it,
/// its description sends the reader to <c>mlkata explain</c>, which prints the page carried in
/// this assembly (<see cref="RulePages"/>).
/// </summary>
public static class HelpLinks
{
    /// <summary>The MSBuild property: a URL in which <see cref="IdPlaceholder"/> stands for the rule's id.</summary>
    public const string Property = "MlKataDocsUrl";

    /// <summary>Replaced by the rule's id in <see cref="Property"/>'s value.</summary>
    public const string IdPlaceholder = "{id}";

    /// <summary>The command that prints rule <paramref name="id"/>'s page in a terminal: the documentation that needs no host.</summary>
    public static string ExplainCommand(string id) => $"mlkata explain {id}";

    // How a CompilerVisibleProperty reaches analyzers: a key of the global analyzer config.
    private const string OptionKey = "build_property." + Property;

    // One linked copy per rule and link template: a build has one template, so this stays tiny.
    private static readonly ConcurrentDictionary<(string Id, string Link), DiagnosticDescriptor> Linked = new();

    /// <summary>
    /// <paramref name="rule"/> as this compilation documents it: the same descriptor when no link is
    /// configured, else a copy whose help link is the configured one. Diagnostics are matched to
    /// an analyzer's supported descriptors by id, so the copy reports as the rule itself.
    /// </summary>
    public static DiagnosticDescriptor For(DiagnosticDescriptor rule, AnalyzerOptions options)
    {
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionKey, out var template) || string.IsNullOrWhiteSpace(template))
        {
            return rule;
        }

        var link = template.Trim().Replace(IdPlaceholder, rule.Id);
        return Linked.GetOrAdd((rule.Id, link), _ => WithLink(rule, link));
    }

    private static DiagnosticDescriptor WithLink(DiagnosticDescriptor rule, string link) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault, rule.Description, link, rule.CustomTags.ToArray());
}
