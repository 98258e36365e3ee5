package app;

import io.tidemark.annotations.ForeignKey;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;

@Table
class Tenant2 {
  @Id long tenantId;
  @Id long id;
  String code;
}

@Table
@ForeignKey(columns = {"tenant_id", "nope_local"}, table = "tenant2")
class Member1 {
  @Id long id;
  long tenantId;
}

@Table
@ForeignKey(columns = "tenant_id", table = "tenant2")
class Member2 {
  @Id long id;
  long tenantId;
}

@Table
@ForeignKey(columns = {"tenant_id", "parent_id"}, table = "tenant2",
    referencedColumns = "tenant_id")
class Member3 {
  @Id long id;
  long tenantId;
  long parentId;
}

@Table
@ForeignKey(columns = {"tenant_id", "parent_id"}, table = "tenant2",
    referencedColumns = {"tenant_id", "nope_remote"})
class Member4 {
  @Id long id;
  long tenantId;
  long parentId;
}

@Table
@ForeignKey(columns = {"tenant_id", "parent_id"}, table = "nowhere2")
class Member5 {
  @Id long id;
  long tenantId;
  long parentId;
}

@Table
@ForeignKey(columns = {"tenant_id", "parent_id"}, table = "tenant2", initiallyDeferred = true)
class Member6 {
  @Id long id;
  long tenantId;
  long parentId;
  @References(table = "tenant2", column = "code", initiallyDeferred = true) String code;
}
