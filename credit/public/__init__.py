"""Templates and the stylesheet of the public pages (公示), shipped inside the package.

The routes are credit.api.public; what they show comes from credit.services.publication.
"""
