"""Qt-free evidence bundles: export a case as a signed zip anyone can check, verify one with
nothing but the bundle, merge another monitor's bundle into a case, seal one for transport."""
