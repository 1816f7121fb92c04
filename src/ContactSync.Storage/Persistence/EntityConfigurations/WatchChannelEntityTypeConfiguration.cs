using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class WatchChannelEntityTypeConfiguration : IEntityTypeConfiguration<WatchChannelEntity>
{
    public void Configure(EntityTypeBuilder<WatchChannelEntity> builder)
    {
        builder.ToTable("WatchChannels");
        builder.HasKey(c => c.PlanId);
        builder.HasIndex(c => c.ChannelId).IsUnique();
        builder.Property(c => c.PlanId).HasMaxLength(40);
        builder.Property(c => c.TokenHash).HasMaxLength(32);
        builder.Property(c => c.NotifyUrl).HasMaxLength(2000);
        builder.Property(c => c.State).HasMaxLength(20);
        builder.Property(c => c.LastError).HasMaxLength(1000);
        builder.Property(c => c.ClaimHolder).HasMaxLength(100);
    }
}
