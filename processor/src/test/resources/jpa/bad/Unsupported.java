package app;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

@Entity
class Unsupported {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) long id;
  @ManyToOne Plain plain;
  @ManyToOne @JoinColumn(referencedColumnName = "nope") Target target;
  @ManyToMany Set<Target> targets;
  @ElementCollection List<String> tags;
  @OneToMany List<Target> owned;
}

@Entity
class Target {
  @Id long id;
  String code;
}

@Entity
class SubTarget extends Target {
  String extra;
}

@Entity
class Pair {
  @Id long id;
  @ManyToOne @jakarta.persistence.JoinColumns({}) Target target;
}

@Entity
class Coded {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) String code;
}

class Plain {
  long id;
}
