using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK019 fix: declare the field read on the lock-free path <c>volatile</c>. The smallest repair
/// that orders the publication; the other idiom (Volatile.Read on the fast path, Volatile.Write
/// to publish) is a rewrite of every access, left to the author.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MLK019DoubleCheckedLockWithoutVolatileCodeFix)), Shared]
public sealed class MLK019DoubleCheckedLockWithoutVolatileCodeFix : CodeFixProvider
{
    private const string Title = "Make the field volatile";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Rules.DoubleCheckedLockWithoutVolatile.Id];

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null; // two fast paths over one field would fix the same declaration twice

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var read = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        if (read is null || model?.GetSymbolInfo(read, context.CancellationToken).Symbol is not IFieldSymbol field || !CanBeVolatile(field.Type))
        {
            return;
        }

        var declaration = field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken).FirstAncestorOrSelf<FieldDeclarationSyntax>();
        var document = declaration is null ? null : context.Document.Project.Solution.GetDocument(declaration.SyntaxTree);
        if (declaration is null || document is null || declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.ReadOnlyKeyword) || m.IsKind(SyntaxKind.ConstKeyword)))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => AddVolatile(document, declaration, ct), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static async Task<Solution> AddVolatile(Document document, FieldDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.SetModifiers(declaration, editor.Generator.GetModifiers(declaration).WithIsVolatile(true));
        return editor.GetChangedDocument().Project.Solution;
    }

    /// <summary>The types C# lets a field be volatile with: references, pointers, and the primitives of 32 bits or less (and enums over them).</summary>
    private static bool CanBeVolatile(ITypeSymbol type) =>
        type.IsReferenceType ||
        type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer ||
        (type is INamedTypeSymbol { EnumUnderlyingType: { } underlying } ? IsVolatilePrimitive(underlying) : IsVolatilePrimitive(type));

    private static bool IsVolatilePrimitive(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_Single or
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
}
