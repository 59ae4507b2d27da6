using System;
using System.Collections.Generic;

namespace KazChina.Model;

/// <summary>
/// The ISO 4217 currency codes the model accepts: the active alphabetic codes of national and regional
/// currencies. Fund codes, precious metals and special drawing rights (XAU, XDR, CLF, …) are not money
/// the article could state, and are rejected.
/// </summary>
public static class Currency
{
    /// <summary>The US dollar.</summary>
    public const string Usd = "USD";

    /// <summary>The Chinese yuan renminbi.</summary>
    public const string Cny = "CNY";

    /// <summary>The Kazakhstani tenge.</summary>
    public const string Kzt = "KZT";

    /// <summary>The Russian rouble.</summary>
    public const string Rub = "RUB";

    // A HashSet of strings runs on code the runtime ships precompiled; a FrozenSet's analysis of its keys is
    // compiled on first use, and was a tenth of the first query's time in a fresh process.
    private static readonly HashSet<string> Codes = new((
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD " +
        "GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT " +
        "LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR " +
        "NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP " +
        "STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF " +
        "XPF YER ZAR ZMW ZWG")
        .Split(' '), StringComparer.Ordinal);

    /// <summary>Tells whether <paramref name="code"/> is an active ISO 4217 alphabetic code (three uppercase letters).</summary>
    /// <param name="code">The code to check.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
