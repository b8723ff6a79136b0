namespace Koso { } // namespace Koso
