using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class NotificationReceiptEntityTypeConfiguration : IEntityTypeConfiguration<NotificationReceiptEntity>
{
    public void Configure(EntityTypeBuilder<NotificationReceiptEntity> builder)
    {
        builder.ToTable("NotificationReceipts");
        builder.HasKey(r => r.Key);
        builder.HasIndex(r => r.ReceivedUtc);
        builder.Property(r => r.Key).HasMaxLength(64);
    }
}
