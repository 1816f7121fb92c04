using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

/// <summary>Table <c>SchemaInfo</c>: one row with the database's schema version (its key is never generated).</summary>
internal sealed class SchemaInfoEntityTypeConfiguration : IEntityTypeConfiguration<SchemaInfoEntity>
{
    public void Configure(EntityTypeBuilder<SchemaInfoEntity> builder)
    {
        builder.ToTable("SchemaInfo");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UpdatedBy).HasMaxLength(120);
    }
}
