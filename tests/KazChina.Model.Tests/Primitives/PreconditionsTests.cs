using System;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class PreconditionsTests
{
    [Fact]
    public void CheckArgument_ConditionHolds_FormatsNoMessage()
    {
        var probe = new FormatProbe();

        Preconditions.CheckArgument(true, "value", $"Never shown: {probe}.");
        Preconditions.CheckRange(true, "value", 1, $"Never shown: {probe:x}.");

        Assert.Equal(0, probe.Formatted);
    }

    [Fact]
    public void CheckArgument_ConditionFails_ThrowsTheInterpolatedMessage()
    {
        var probe = new FormatProbe();

        var ex = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, "value", $"Bad {probe:fmt} at {7:D3}."));

        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("Bad probe(fmt) at 007.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, probe.Formatted);
    }

    [Fact]
    public void CheckRange_ConditionFails_ThrowsWithActualValueAndMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckRange(false, "day", (int?)31, $"The day must be from 1 to {30}."));

        Assert.Equal("day", ex.ParamName);
        Assert.Equal(31, ex.ActualValue);
        Assert.StartsWith("The day must be from 1 to 30.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueListIndexer_InRange_AllocatesNothing()
    {
        ValueList<int> list = ValueList.Create(1, 2, 3);
        int sum = list[0];
        long before = GC.GetAllocatedBytesForCurrentThread();

        for (int i = 0; i < 1_000; i++)
        {
            sum += list[i % 3];
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2_000, sum);
    }

    private sealed class FormatProbe : IFormattable
    {
        public int Formatted { get; private set; }

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            Formatted++;
            return $"probe({format})";
        }

        public override string ToString() => ToString(null, null);
    }
}
