namespace newsgraph::store {}
