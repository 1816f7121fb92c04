using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class PlanLeaseEntityTypeConfiguration : IEntityTypeConfiguration<PlanLeaseEntity>
{
    public void Configure(EntityTypeBuilder<PlanLeaseEntity> builder)
    {
        builder.ToTable("PlanLeases");
        builder.HasKey(l => l.PlanId);
        builder.Property(l => l.PlanId).HasMaxLength(40);
        builder.Property(l => l.Holder).HasMaxLength(100);
        builder.Property(l => l.RunId).HasMaxLength(40);
    }
}
