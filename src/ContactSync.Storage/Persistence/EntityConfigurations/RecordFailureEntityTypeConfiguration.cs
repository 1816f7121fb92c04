using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class RecordFailureEntityTypeConfiguration : IEntityTypeConfiguration<RecordFailureEntity>
{
    public void Configure(EntityTypeBuilder<RecordFailureEntity> builder)
    {
        builder.ToTable("RecordFailures");
        builder.HasKey(f => new { f.PlanId, f.Side, f.RecordId });
        builder.Property(f => f.PlanId).HasMaxLength(40);
        builder.Property(f => f.Side).HasMaxLength(10);
        builder.Property(f => f.RecordId).HasMaxLength(120);
        builder.Property(f => f.Email).HasMaxLength(320);
        builder.Property(f => f.Code).HasMaxLength(100);
        builder.Property(f => f.CrmId).HasMaxLength(40);
        builder.Property(f => f.GoogleResourceName).HasMaxLength(120);
        builder.Property(f => f.RunId).HasMaxLength(40);
        builder.Property(f => f.Field).HasMaxLength(100);
        builder.Property(f => f.ExpectedType).HasMaxLength(40);
        builder.Property(f => f.DuplicateRecordId).HasMaxLength(120);
        builder.Property(f => f.DuplicateOwner).HasMaxLength(200);
    }
}
