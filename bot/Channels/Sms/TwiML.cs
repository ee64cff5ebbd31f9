using System.Text;
using System.Xml;

namespace CareerBot.Bot.Channels.Sms;

/// <summary>A TwiML messaging response: one &lt;Message&gt; per SMS, text XML-escaped; no messages gives &lt;Response/&gt;.</summary>
internal static class TwiML
{
    public const string ContentType = "text/xml; charset=utf-8";

    public static string Messages(IEnumerable<string> messages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("Response");
            foreach (var message in messages) writer.WriteElementString("Message", Clean(message));
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters other than line breaks and tabs).</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) builder.Append(c);
        return builder.ToString();
    }
}
