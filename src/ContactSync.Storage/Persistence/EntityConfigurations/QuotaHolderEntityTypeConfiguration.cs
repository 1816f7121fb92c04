using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class QuotaHolderEntityTypeConfiguration : IEntityTypeConfiguration<QuotaHolderEntity>
{
    public void Configure(EntityTypeBuilder<QuotaHolderEntity> builder)
    {
        builder.ToTable("QuotaHolders");
        builder.HasKey(h => h.Holder);
        builder.Property(h => h.Holder).HasMaxLength(100);
    }
}
