namespace CareerBot.Dialogs.Messages;

/// <summary>Keys the engine itself uses. Conversation keys are written where they are used and checked by a test.</summary>
public static class MessageKeys
{
    public const string ConfirmDidYouMean = "confirm.did_you_mean";
    public const string ConfirmWhich = "confirm.which";
    public const string ButtonYes = "button.yes";
    public const string ButtonNo = "button.no";
    public const string GiveUpGeneric = "giveup.generic";
    public const string Acknowledged = "ack.ok";
    public const string ErrorSorry = "error.sorry";
}
