using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class QuotaChunkEntityTypeConfiguration : IEntityTypeConfiguration<QuotaChunkEntity>
{
    public void Configure(EntityTypeBuilder<QuotaChunkEntity> builder)
    {
        builder.ToTable("QuotaChunks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Key).HasMaxLength(400);
        builder.Property(c => c.Holder).HasMaxLength(100);
        builder.HasIndex(c => new { c.Key, c.CountsUntilTicks });
        builder.HasIndex(c => c.CountsUntilTicks);
    }
}
