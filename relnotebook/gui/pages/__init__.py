"""The views of the window's sidebar (Today, People, Events, Referrals, Newsletter) and the
person page shown inside People. Each reads the notebook through the core's services and
writes through the window's `Editor`."""
