using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class PendingCreateEntityTypeConfiguration : IEntityTypeConfiguration<PendingCreateEntity>
{
    public void Configure(EntityTypeBuilder<PendingCreateEntity> builder)
    {
        builder.ToTable("PendingCreates");
        builder.HasKey(p => new { p.PlanId, p.GoogleResourceName });
        builder.Property(p => p.PlanId).HasMaxLength(40);
        builder.Property(p => p.GoogleResourceName).HasMaxLength(120);
        builder.Property(p => p.Email).HasMaxLength(320);
    }
}
