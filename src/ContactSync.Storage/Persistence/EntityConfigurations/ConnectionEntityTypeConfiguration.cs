using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

/// <summary>Table <c>Connections</c>: kind as string key, settings JSON, protected secrets, version as concurrency token.</summary>
internal sealed class ConnectionEntityTypeConfiguration : IEntityTypeConfiguration<ConnectionEntity>
{
    public void Configure(EntityTypeBuilder<ConnectionEntity> builder)
    {
        builder.ToTable("Connections");
        builder.HasKey(c => c.Kind);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SettingsJson).IsRequired();
        builder.Property(c => c.ProtectedSecrets).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
