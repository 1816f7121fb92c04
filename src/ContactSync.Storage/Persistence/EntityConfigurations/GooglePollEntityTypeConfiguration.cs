using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class GooglePollEntityTypeConfiguration : IEntityTypeConfiguration<GooglePollEntity>
{
    public void Configure(EntityTypeBuilder<GooglePollEntity> builder)
    {
        builder.ToTable("GooglePolls");
        builder.HasKey(p => p.PlanId);
        builder.Property(p => p.PlanId).HasMaxLength(40);
        builder.Property(p => p.PollToken).HasMaxLength(2000);
        builder.Property(p => p.BaseToken).HasMaxLength(2000);
        builder.Property(p => p.LastError).HasMaxLength(1000);
    }
}
