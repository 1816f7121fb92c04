using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

internal sealed class SyncCursorEntityTypeConfiguration : IEntityTypeConfiguration<SyncCursorEntity>
{
    public void Configure(EntityTypeBuilder<SyncCursorEntity> builder)
    {
        builder.ToTable("SyncCursors");
        builder.HasKey(c => c.PlanId);
        builder.Property(c => c.PlanId).HasMaxLength(40);
    }
}
