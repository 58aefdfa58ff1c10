-- DeskCRM schema v9: addresses as Chinese customers write them, from large to small: country/region →
-- province (the existing `region` column: province, state or county) → city → district (区/县, new) →
-- street address. Existing rows keep their text as it is: an address typed into one field cannot be split
-- without guessing, so `district` starts empty and the old `address` text stays whole.
ALTER TABLE customers ADD COLUMN district TEXT;
