using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class SyncRunEntityTypeConfiguration : IEntityTypeConfiguration<SyncRunEntity>
{
    public void Configure(EntityTypeBuilder<SyncRunEntity> builder)
    {
        builder.ToTable("SyncRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(40);
        builder.Property(r => r.PlanId).HasMaxLength(40);
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(30);
        builder.Property(r => r.Phase).HasMaxLength(30);
        builder.Property(r => r.Holder).HasMaxLength(100);
        builder.Property(r => r.GoogleAccount).HasMaxLength(320).HasDefaultValue("");
        builder.HasIndex(r => new { r.PlanId, r.StartUtc });
    }
}
