using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class ChangeHintEntityTypeConfiguration : IEntityTypeConfiguration<ChangeHintEntity>
{
    public void Configure(EntityTypeBuilder<ChangeHintEntity> builder)
    {
        builder.ToTable("ChangeHints");
        builder.HasKey(h => new { h.PlanId, h.Side, h.RecordId });
        builder.Property(h => h.PlanId).HasMaxLength(40);
        builder.Property(h => h.Side).HasMaxLength(10);
        builder.Property(h => h.RecordId).HasMaxLength(40);
    }
}
