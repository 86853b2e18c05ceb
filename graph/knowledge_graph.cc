// Placeholder until the graph layer lands.
namespace newsgraph::graph {}
