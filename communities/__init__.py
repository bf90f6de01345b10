"""Community workspaces: communities, memberships, gathered items, discussions, watched searches."""
