namespace KazChina.Model.Tests; public class Placeholder { [Xunit.Fact] public void A() => Xunit.Assert.Equal(7391, KazChina.Model.ArticleText.Value.Length); }
