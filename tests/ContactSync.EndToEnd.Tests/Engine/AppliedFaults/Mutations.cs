using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Core.Plans;

namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>Edits made between runs, as users of the two services would make them, and their effect on the expected counts.</summary>
internal static class Mutations
{
    /// <summary>Records created or edited per round: more than one batch of either service.</summary>
    public const int Changed = 250;

    /// <summary>Records deleted per round (one batch; the plan's breaker is off).</summary>
    public const int Deleted = 60;

    public static void AddCrmRecords(MutationRound m)
    {
        for (var i = 0; i < Changed; i++)
        {
            var fields = new JsonObject { ["First_Name"] = $"Round{m.Round}", ["Last_Name"] = $"Added{i:D3}", ["Phone"] = Phone(m.Round, i) };
            if (i % 10 != 7)
            {
                fields["Email"] = $"added.r{m.Round}.{i}@crm-round.example";
            }

            m.Plan.Emulator.Zoho.CreateRecordAsUser(fields);
        }

        m.Expected.Crm += Changed;
        if (m.Plan.Settings.WriteGoogle)
        {
            m.Expected.GoogleGroup += Changed;
        }
    }

    public static void AddGoogleContacts(MutationRound m)
    {
        var group = m.Plan.Emulator.Credentials.GoogleContactSyncGroup;
        for (var i = 0; i < Changed; i++)
        {
            // The first two are twins in the first batch: same names and phone, no email (nothing but content identifies them).
            var n = Math.Max(i, 1);
            var person = new JsonObject
            {
                ["names"] = new JsonArray(new JsonObject { ["givenName"] = $"Round{m.Round}", ["familyName"] = $"Added{n:D3}" }),
                ["phoneNumbers"] = new JsonArray(new JsonObject { ["value"] = Phone(m.Round, n), ["type"] = "work" }),
                ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = group } }),
            };
            if (i % 10 != 7 && i > 1)
            {
                person["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = $"added.r{m.Round}.{i}@google-round.example", ["type"] = "work" });
            }

            m.Plan.Emulator.Google.CreateContactAsUser(person);
        }

        m.Expected.GoogleGroup += Changed;
        if (m.Plan.Settings.WriteCrm)
        {
            m.Expected.Crm += Changed;
        }
    }

    public static void EditCrmRecords(MutationRound m)
    {
        foreach (var id in LiveCrmIds(m).Take(Changed))
        {
            m.Plan.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Title"] = $"Title of round {m.Round}" });
        }
    }

    public static void EditGoogleContacts(MutationRound m)
    {
        foreach (var name in GroupMembers(m).Take(Changed))
        {
            m.Plan.Emulator.Google.EditContactAsUser(name, p => p["biographies"] = new JsonArray(new JsonObject { ["value"] = $"Note of round {m.Round}", ["contentType"] = "TEXT_PLAIN" }));
        }
    }

    public static void DeleteCrmRecords(MutationRound m)
    {
        foreach (var id in LiveCrmIds(m).Take(Deleted))
        {
            Assert.True(m.Plan.Emulator.Zoho.DeleteRecordAsUser(id));
        }

        m.Expected.Crm -= Deleted;
        if (m.Plan.Settings.WriteGoogle)
        {
            m.Expected.GoogleGroup -= Deleted;
        }
    }

    public static void DropTrashGroupAndDeleteCrmRecords(MutationRound m)
    {
        // The quarantine group is created once; without it the next quarantine creates it again.
        if (m.Plan.Emulator.Google.FindGroup("ContactSync trash") is { } trash)
        {
            m.Plan.Emulator.Google.DeleteGroupAsUser(trash);
        }

        DeleteCrmRecords(m);
    }

    public static void DeleteGoogleContacts(MutationRound m)
    {
        foreach (var name in GroupMembers(m).Take(Deleted).ToList())
        {
            Assert.True(m.Plan.Emulator.Google.DeleteContactAsUser(name));
        }

        m.Expected.GoogleGroup -= Deleted;
        if (m.Plan.Settings.WriteCrm && m.Plan.Settings.Deletion == DeletionPolicy.Propagate)
        {
            m.Expected.Crm -= Deleted;
        }
    }

    /// <summary>New CRM records whose email a Google contact outside the plan's group already has: the run adds those to the group.</summary>
    public static void AddMatchesOutsideTheGroup(MutationRound m)
    {
        var family = m.Plan.Emulator.Credentials.GoogleFamilyGroup;
        for (var i = 0; i < Deleted; i++)
        {
            var email = $"outside.r{m.Round}.{i}@match.example";
            m.Plan.Emulator.Zoho.CreateRecordAsUser(new JsonObject { ["First_Name"] = $"Out{m.Round}", ["Last_Name"] = $"Side{i:D3}", ["Email"] = email });
            m.Plan.Emulator.Google.CreateContactAsUser(new JsonObject
            {
                ["names"] = new JsonArray(new JsonObject { ["givenName"] = $"Out{m.Round}", ["familyName"] = $"Side{i:D3}" }),
                ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" }),
                ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = family } }),
            });
        }

        m.Expected.Crm += Deleted;
        if (m.Plan.Settings.WriteGoogle)
        {
            m.Expected.GoogleGroup += Deleted;
        }
    }

    private static IEnumerable<string> LiveCrmIds(MutationRound m) =>
        m.Plan.Emulator.Zoho.GetAllRecords().Where(r => r["Tag"] is null or JsonArray { Count: 0 }).Select(r => r["id"]!.ToString());

    private static IEnumerable<string> GroupMembers(MutationRound m) =>
        m.Plan.Emulator.Google.GetGroupMembers(m.Plan.Emulator.Credentials.GoogleContactSyncGroup);

    private static string Phone(int round, int i) => string.Create(CultureInfo.InvariantCulture, $"+49 30 55{round}{i:D4}");
}
