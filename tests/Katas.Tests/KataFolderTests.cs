using MlKata.Core.Catalog;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>Every kata folder is well formed: kata.json valid and in agreement with the files.</summary>
public sealed class KataFolderTests
{
    [TestCaseSource(typeof(KataSources), nameof(KataSources.KataFolders))]
    public void Kata_folder_is_valid(string folder)
    {
        try
        {
            KataCatalog.Load(Path.Combine(KataSources.KatasFolder, folder));
        }
        catch (KataFormatException e)
        {
            Assert.Fail(e.Message);
        }
    }

    [Test]
    public void The_catalog_holds_katas()
    {
        Assert.That(KataCatalog.LoadAll(KataSources.KatasFolder), Is.Not.Empty);
    }
}
