using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class RunErrorEntityTypeConfiguration : IEntityTypeConfiguration<RunErrorEntity>
{
    public void Configure(EntityTypeBuilder<RunErrorEntity> builder)
    {
        builder.ToTable("RunErrors");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RunId).HasMaxLength(40);
        builder.Property(e => e.PlanId).HasMaxLength(40);
        builder.Property(e => e.Side).HasMaxLength(10);
        builder.Property(e => e.RecordId).HasMaxLength(120);
        builder.Property(e => e.Email).HasMaxLength(320);
        builder.Property(e => e.Code).HasMaxLength(100);
        builder.Property(e => e.Field).HasMaxLength(100);
        builder.Property(e => e.ExpectedType).HasMaxLength(40);
        builder.Property(e => e.DuplicateRecordId).HasMaxLength(120);
        builder.Property(e => e.DuplicateOwner).HasMaxLength(200);
        builder.HasIndex(e => e.RunId);
        builder.HasIndex(e => e.PlanId);
    }
}
