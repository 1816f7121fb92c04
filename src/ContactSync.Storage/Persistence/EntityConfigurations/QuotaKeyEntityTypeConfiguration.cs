using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class QuotaKeyEntityTypeConfiguration : IEntityTypeConfiguration<QuotaKeyEntity>
{
    public void Configure(EntityTypeBuilder<QuotaKeyEntity> builder)
    {
        builder.ToTable("QuotaKeys");
        builder.HasKey(k => k.Key);
        builder.Property(k => k.Key).HasMaxLength(400);
        builder.Property(k => k.Version).IsConcurrencyToken();
    }
}
