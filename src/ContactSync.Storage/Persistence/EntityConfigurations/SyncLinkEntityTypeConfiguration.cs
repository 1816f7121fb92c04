using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class SyncLinkEntityTypeConfiguration : IEntityTypeConfiguration<SyncLinkEntity>
{
    public void Configure(EntityTypeBuilder<SyncLinkEntity> builder)
    {
        builder.ToTable("SyncLinks");
        builder.HasKey(l => new { l.PlanId, l.CrmId });
        builder.Property(l => l.PlanId).HasMaxLength(40);
        builder.Property(l => l.CrmId).HasMaxLength(40);
        builder.Property(l => l.GoogleResourceName).HasMaxLength(120);
        builder.HasIndex(l => new { l.PlanId, l.GoogleResourceName }).IsUnique();
        builder.Property(l => l.GoogleEtag).HasMaxLength(200);
        builder.Property(l => l.Email).HasMaxLength(320);
    }
}
