using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class SeenRecordEntityTypeConfiguration : IEntityTypeConfiguration<SeenRecordEntity>
{
    public void Configure(EntityTypeBuilder<SeenRecordEntity> builder)
    {
        builder.ToTable("SeenRecords");
        builder.HasKey(s => new { s.PlanId, s.Side, s.RecordId });
        builder.Property(s => s.PlanId).HasMaxLength(40);
        builder.Property(s => s.Side).HasMaxLength(10);
        builder.Property(s => s.RecordId).HasMaxLength(120);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.CrossRef).HasMaxLength(120);
        builder.HasIndex(s => new { s.PlanId, s.Side, s.Email });
        builder.HasIndex(s => new { s.PlanId, s.Side, s.CrossRef });
    }
}
