using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK900: what a graded submission may not use, in the files the grader marks with
/// <see cref="SubmissionPolicy.EnabledKey"/>. Each construct is reported once, where it is
/// written: a forbidden type at its name, a forbidden member at its use, a keyword at itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK900SubmissionPolicyAnalyzer : MlkAnalyzer
{
    private static readonly OperationKind[] MemberUses =
    [
        OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.FieldReference,
        OperationKind.EventReference, OperationKind.MethodReference, OperationKind.ObjectCreation,
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.NotAllowedInSubmission];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterSyntaxTreeAction(AnalyzeKeywords);
        context.RegisterSyntaxNodeAction(AnalyzeTypeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName, SyntaxKind.QualifiedName, SyntaxKind.AliasQualifiedName);
        context.RegisterSyntaxNodeAction(AnalyzePointerType, SyntaxKind.PointerType, SyntaxKind.FunctionPointerType);
        context.RegisterSyntaxNodeAction(AnalyzeAttribute, SyntaxKind.Attribute);
        context.RegisterCompilationStartAction(start =>
        {
            var members = ForbiddenMembers.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeMemberUse(c, members), MemberUses);
        });
    }

    private static void AnalyzeKeywords(SyntaxTreeAnalysisContext context)
    {
        if (SubmissionPolicy.ScopeOf(context.Options, context.Tree) is null)
        {
            return;
        }

        foreach (var (location, breach) in ForbiddenSyntax.Keywords(context.Tree.GetRoot(context.CancellationToken)))
        {
            context.ReportDiagnostic(Diagnostic(context.Options, location, breach));
        }
    }

    private static void AnalyzeTypeName(SyntaxNodeAnalysisContext context)
    {
        if (SubmissionPolicy.ScopeOf(context.Options, context.Node.SyntaxTree) is { } scope &&
            ForbiddenSyntax.TypeName((NameSyntax)context.Node, context.SemanticModel, scope) is { } breach)
        {
            context.ReportDiagnostic(Diagnostic(context.Options, context.Node.GetLocation(), breach));
        }
    }

    private static void AnalyzePointerType(SyntaxNodeAnalysisContext context)
    {
        if (SubmissionPolicy.ScopeOf(context.Options, context.Node.SyntaxTree) is not null &&
            ForbiddenSyntax.PointerType((TypeSyntax)context.Node) is { } breach)
        {
            context.ReportDiagnostic(Diagnostic(context.Options, context.Node.GetLocation(), breach));
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
    {
        if (SubmissionPolicy.ScopeOf(context.Options, context.Node.SyntaxTree) is not null &&
            ForbiddenSyntax.Attribute((AttributeSyntax)context.Node, context.SemanticModel) is { } breach)
        {
            context.ReportDiagnostic(Diagnostic(context.Options, context.Node.GetLocation(), breach));
        }
    }

    private static void AnalyzeMemberUse(OperationAnalysisContext context, ForbiddenMembers members)
    {
        var operation = context.Operation;
        if (operation.IsImplicit ||
            SubmissionPolicy.ScopeOf(context.Options, operation.Syntax.SyntaxTree) is not { } scope ||
            ForbiddenUse.Of(operation, members, scope) is not { } breach ||
            operation.Ancestors().Any(a => a is INameOfOperation))
        {
            return;
        }

        // t.GetMethod("Run").Invoke(…) is one breach: the use that reached the forbidden value.
        if (Receiver(operation) is { } receiver && ForbiddenUse.Of(receiver, members, scope) is not null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic(context.Options, operation.Syntax.GetLocation(), breach));
    }

    private static IOperation? Receiver(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.Instance.WithoutConversions(),
        IMemberReferenceOperation reference => reference.Instance.WithoutConversions(),
        _ => null,
    };

    private static Diagnostic Diagnostic(AnalyzerOptions options, Location location, Breach breach) =>
        Microsoft.CodeAnalysis.Diagnostic.Create(HelpLinks.For(Rules.NotAllowedInSubmission, options), location, breach.Construct, breach.Reason.Text);
}
