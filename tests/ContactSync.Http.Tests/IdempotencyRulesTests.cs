namespace ContactSync.Http.Tests;

/// <summary>Every call the two clients make, classified once: may it be sent again after a failure that may follow its application?</summary>
public sealed class IdempotencyRulesTests
{
    [Theory]
    [InlineData("GET", "https://www.zohoapis.com/crm/v8/Contacts?fields=Email&per_page=200")]
    [InlineData("GET", "https://www.zohoapis.com/crm/v8/Contacts/deleted?type=all")]
    [InlineData("GET", "https://www.zohoapis.com/crm/v8/settings/fields?module=Contacts")]
    [InlineData("POST", "https://accounts.zoho.com/oauth/v2/token")]
    [InlineData("PUT", "https://www.zohoapis.com/crm/v8/Contacts")]
    [InlineData("POST", "https://www.zohoapis.com/crm/v8/Contacts/actions/add_tags")]
    [InlineData("GET", "https://people.googleapis.com/v1/people/me/connections?personFields=names")]
    [InlineData("GET", "https://people.googleapis.com/v1/people:batchGet?resourceNames=people/c1")]
    [InlineData("POST", "https://oauth2.googleapis.com/token")]
    [InlineData("POST", "https://people.googleapis.com/v1/contactGroups/abc/members:modify")]
    public void RepeatableCalls(string method, string url) =>
        Assert.True(IdempotencyRules.IsSafeToRepeat(new HttpRequestMessage(new HttpMethod(method), url)));

    [Theory]
    [InlineData("POST", "https://www.zohoapis.com/crm/v8/Contacts")]
    [InlineData("POST", "https://www.zohoapis.com/crm/v8/Contacts/upsert")]
    [InlineData("DELETE", "https://www.zohoapis.com/crm/v8/Contacts?ids=1,2")]
    [InlineData("POST", "https://people.googleapis.com/v1/people:createContact")]
    [InlineData("POST", "https://people.googleapis.com/v1/people:batchCreateContacts")]
    [InlineData("PATCH", "https://people.googleapis.com/v1/people/c1:updateContact?updatePersonFields=names")]
    [InlineData("POST", "https://people.googleapis.com/v1/people:batchUpdateContacts")]
    [InlineData("DELETE", "https://people.googleapis.com/v1/people/c1:deleteContact")]
    [InlineData("POST", "https://people.googleapis.com/v1/people:batchDeleteContacts")]
    [InlineData("POST", "https://people.googleapis.com/v1/contactGroups")]
    public void NotRepeatableCalls(string method, string url) =>
        Assert.False(IdempotencyRules.IsSafeToRepeat(new HttpRequestMessage(new HttpMethod(method), url)));

    [Fact]
    public void AWriteNoRuleNames_IsNotRepeated() =>
        Assert.False(IdempotencyRules.IsSafeToRepeat("POST", "/v1/people:someNewMethod"));

    [Fact]
    public void AGetSentAsPostWithAMethodOverride_IsARead()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://people.googleapis.com/v1/people:batchGet");
        request.Headers.Add("X-HTTP-Method-Override", "GET");

        Assert.True(IdempotencyRules.IsSafeToRepeat(request));
        Assert.Equal("GET", IdempotencyRules.EffectiveMethod(request));
    }

    [Fact]
    public void AnApiBehindAPathPrefix_IsClassifiedTheSame()
    {
        Assert.True(IdempotencyRules.IsSafeToRepeat("PUT", "/emulated/zoho/crm/v8/Contacts"));
        Assert.False(IdempotencyRules.IsSafeToRepeat("POST", "/emulated/zoho/crm/v8/Contacts"));
    }

    [Fact]
    public void TheMethodDecides_NotThePathAlone()
    {
        Assert.True(IdempotencyRules.IsSafeToRepeat("PUT", "/crm/v8/Contacts"));
        Assert.False(IdempotencyRules.IsSafeToRepeat("DELETE", "/crm/v8/Contacts"));
        Assert.False(IdempotencyRules.IsSafeToRepeat("PUT", "/crm/v8/Contacts/upsert"));
    }

    [Fact]
    public void EveryRepeatableWrite_SaysWhy() =>
        Assert.All(IdempotencyRules.RepeatableWrites, w => Assert.False(string.IsNullOrWhiteSpace(w.Why)));
}
