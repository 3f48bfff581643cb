AVAILABLE = ["upper", "reverse", "broken"]
