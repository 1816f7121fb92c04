using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class QuotaSlotEntityTypeConfiguration : IEntityTypeConfiguration<QuotaSlotEntity>
{
    public void Configure(EntityTypeBuilder<QuotaSlotEntity> builder)
    {
        builder.ToTable("QuotaSlots");
        builder.HasKey(s => new { s.Key, s.Holder });
        builder.Property(s => s.Key).HasMaxLength(400);
        builder.Property(s => s.Holder).HasMaxLength(100);
    }
}
