"""Small widgets and the generic table model shared by the areas."""
