import SobreCore
