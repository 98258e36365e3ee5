package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.MaterializedView;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.View;

@Table
class Customer {
  @Id long id;
  String name;
}

class NotAnEntity {}

@View(query = "  ")
class EmptyQuery {}

@View(query = "SELECT id FROM customer", dependsOn = {Customer.class, NotAnEntity.class})
class ReadsPlainClass {}

@View(query = "SELECT id FROM second_loop", dependsOn = SecondLoop.class)
class FirstLoop {}

@MaterializedView(query = "SELECT id FROM first_loop", dependsOn = FirstLoop.class)
class SecondLoop {}

@Table
@View(query = "SELECT 3")
class TableAndView {
  @Id long id;
}

@View(query = "SELECT 4")
@MaterializedView(query = "SELECT 2")
class BothViews {}
