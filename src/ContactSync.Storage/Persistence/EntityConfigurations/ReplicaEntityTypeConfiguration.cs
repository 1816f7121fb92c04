using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactSync.Storage.Persistence.EntityConfigurations;

/// <summary>Table <c>Replicas</c>: one row per live server process (removed when it stops, stale when it died).</summary>
internal sealed class ReplicaEntityTypeConfiguration : IEntityTypeConfiguration<ReplicaEntity>
{
    public void Configure(EntityTypeBuilder<ReplicaEntity> builder)
    {
        builder.ToTable("Replicas");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(120);
        builder.Property(r => r.Name).HasMaxLength(100);
    }
}
