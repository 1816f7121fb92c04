using ContactSync.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddContactSyncServer();
var app = builder.Build();
app.MapContactSync();
app.Run();
