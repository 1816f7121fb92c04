using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

/// <summary>Table <c>Plans</c>: enums as strings, unique normalized name, app-managed version as concurrency token.</summary>
internal sealed class PlanEntityTypeConfiguration : IEntityTypeConfiguration<PlanEntity>
{
    public void Configure(EntityTypeBuilder<PlanEntity> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(40);
        // 100 characters as people count them (text elements) can take up to 400 UTF-16 code units.
        builder.Property(p => p.Name).HasMaxLength(400).IsRequired();
        builder.Property(p => p.NormalizedName).HasMaxLength(400).IsRequired();
        builder.HasIndex(p => p.NormalizedName).IsUnique();
        builder.Property(p => p.CrmUserId).HasMaxLength(30).IsRequired();
        builder.HasIndex(p => p.CrmUserId);
        builder.Property(p => p.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ConflictWinner).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CrmViewId).HasMaxLength(100).IsRequired();
        builder.Property(p => p.GoogleGroup).HasMaxLength(120).IsRequired();
        builder.HasIndex(p => p.GoogleGroup);
        builder.Property(p => p.GoogleAccount).HasMaxLength(320).IsRequired().HasDefaultValue("");
        builder.Property(p => p.FieldMappingsJson).IsRequired();
        builder.Property(p => p.DeletionPolicy).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CrmGoogleRefField).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
